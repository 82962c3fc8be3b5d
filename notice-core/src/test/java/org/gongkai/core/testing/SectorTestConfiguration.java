package org.gongkai.core.testing;

import java.time.LocalDate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the system clock with one the test moves; starts on a Monday in November 2026. */
@TestConfiguration(proxyBeanMethods = false)
public class SectorTestConfiguration {

    public static final LocalDate START = LocalDate.of(2026, 11, 2);

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(START);
    }
}

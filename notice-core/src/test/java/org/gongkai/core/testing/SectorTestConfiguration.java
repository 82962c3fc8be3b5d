package org.gongkai.core.testing;

import java.time.LocalDate;
import org.gongkai.api.testing.TestDate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the system clock with one the test moves; it starts on the test date ({@link TestDate}). */
@TestConfiguration(proxyBeanMethods = false)
public class SectorTestConfiguration {

    public static final LocalDate START = TestDate.today();

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(START);
    }
}

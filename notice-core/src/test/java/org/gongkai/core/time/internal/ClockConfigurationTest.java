package org.gongkai.core.time.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A service's clock may start at a chosen instant in local and test runs; the prod profile refuses to start so. */
class ClockConfigurationTest {

    @Test
    void aNonProductionRunStartsItsClockWhereItIsTold() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("gongkai.clock.starts-at", "2026-09-24T09:00:00+08:00");

        assertThat(LocalDate.now(new ClockConfiguration().clock(environment))).isEqualTo("2026-09-24");
    }

    @Test
    void theProdProfileRefusesAMovedClock() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("gongkai.clock.starts-at", "2026-09-24T09:00:00+08:00");
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> new ClockConfiguration().clock(environment))
                .hasMessageContaining("must not be set in the prod profile");
    }
}

package org.gongkai.api.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SuiteClockTest {

    @Test
    void aClockStartedAtAnInstantReadsThatInstantAndTicksOn() throws InterruptedException {
        Clock clock = SuiteClock.create("2026-02-10T09:00:00+08:00", false);

        Instant first = clock.instant();
        assertThat(Duration.between(Instant.parse("2026-02-10T01:00:00Z"), first)).isBetween(Duration.ZERO,
                Duration.ofSeconds(5));
        Thread.sleep(20);
        assertThat(clock.instant()).isAfter(first);
        assertThat(clock.getZone()).isEqualTo(SuiteClock.SHANGHAI);
    }

    @Test
    void productionRefusesAMovedClock() {
        assertThatThrownBy(() -> SuiteClock.create("2026-02-10T09:00:00+08:00", true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gongkai.clock.starts-at must not be set in the prod profile");
    }

    @Test
    void aMalformedStartIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> SuiteClock.create("2026-02-10", false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gongkai.clock.starts-at").hasMessageContaining("2026-02-10T09:00:00+08:00");
    }

    @Test
    void withoutAStartTheClockIsTheMachinesInShanghaiTime() {
        assertThat(SuiteClock.create(null, true).getZone()).isEqualTo(SuiteClock.SHANGHAI);
        assertThat(SuiteClock.create(" ", false).getZone()).isEqualTo(SuiteClock.SHANGHAI);
    }
}

package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.gongkai.core.time.Zones;
import org.junit.jupiter.api.Test;

class PublicityStatusTest {

    // 10 working days published 2026-02-12: 02-12 .. 03-03
    private final PublicityPeriod period =
            new PublicityPeriod(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 3, 3), PublicityRule.workingDays(10));

    @Test
    void lastMinuteOfLastDayIsStillInPublicity() {
        assertThat(PublicityStatus.of(period, shanghai("2026-03-03T23:59:59")))
                .isEqualTo(new PublicityStatus(PublicityPhase.IN_PUBLICITY, 1));
    }

    @Test
    void midnightAfterLastDayHasEnded() {
        assertThat(PublicityStatus.of(period, shanghai("2026-03-04T00:00:00")))
                .isEqualTo(new PublicityStatus(PublicityPhase.ENDED, 0));
    }

    @Test
    void midnightStartingLastDayLeavesOneDay() {
        assertThat(PublicityStatus.of(period, shanghai("2026-03-03T00:00:00")))
                .isEqualTo(new PublicityStatus(PublicityPhase.IN_PUBLICITY, 1));
    }

    @Test
    void shanghaiDateDecidesNotUtcDate() {
        // 16:00 UTC on 03-03 is already 00:00 on 03-04 in Shanghai
        Clock utcClock = Clock.fixed(Instant.parse("2026-03-03T16:00:00Z"), ZoneOffset.UTC);
        assertThat(PublicityStatus.of(period, utcClock).phase()).isEqualTo(PublicityPhase.ENDED);

        Clock justBefore = Clock.fixed(Instant.parse("2026-03-03T15:59:59Z"), ZoneOffset.UTC);
        assertThat(PublicityStatus.of(period, justBefore).phase()).isEqualTo(PublicityPhase.IN_PUBLICITY);
    }

    @Test
    void firstDayCountsItselfInDaysLeft() {
        // 02-12 .. 03-03 inclusive: 17 days of February and 3 of March
        assertThat(PublicityStatus.of(period, shanghai("2026-02-12T00:00:00")))
                .isEqualTo(new PublicityStatus(PublicityPhase.IN_PUBLICITY, 20));
    }

    @Test
    void beforeStartIsScheduledAndCountsToTheEnd() {
        assertThat(PublicityStatus.of(period, shanghai("2026-02-11T23:59:59")))
                .isEqualTo(new PublicityStatus(PublicityPhase.SCHEDULED, 21));
    }

    @Test
    void longAfterEndStaysEndedWithNoDaysLeft() {
        assertThat(PublicityStatus.of(period, shanghai("2026-06-01T12:00:00")))
                .isEqualTo(new PublicityStatus(PublicityPhase.ENDED, 0));
    }

    @Test
    void periodInstantsAreShanghaiMidnights() {
        assertThat(period.opensAt()).isEqualTo(Instant.parse("2026-02-11T16:00:00Z"));
        assertThat(period.closesAt()).isEqualTo(Instant.parse("2026-03-03T16:00:00Z"));
    }

    private static Clock shanghai(String localDateTime) {
        Instant instant = LocalDateTime.parse(localDateTime).atZone(Zones.SHANGHAI).toInstant();
        return Clock.fixed(instant, Zones.SHANGHAI);
    }
}

package org.gongkai.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicityDatesTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final LocalDate END = LocalDate.of(2026, 3, 8);

    @Test
    void whenBeforeTheStartThenScheduledWithEveryDayLeft() {
        String phase = PublicityDates.phase(START, END, true, START.minusDays(1));
        assertThat(phase).isEqualTo(PublicityDates.SCHEDULED);
        assertThat(PublicityDates.daysLeft(phase, END, START.minusDays(1))).isEqualTo(8);
    }

    @Test
    void whenOnTheLastDayThenInPublicityWithOneDayLeft() {
        String phase = PublicityDates.phase(START, END, true, END);
        assertThat(phase).isEqualTo(PublicityDates.IN_PUBLICITY);
        assertThat(PublicityDates.daysLeft(phase, END, END)).isEqualTo(1);
    }

    @Test
    void whenAfterTheEndOrNoLongerRunningThenEndedWithNoneLeft() {
        assertThat(PublicityDates.phase(START, END, true, END.plusDays(1))).isEqualTo(PublicityDates.ENDED);
        assertThat(PublicityDates.phase(START, END, false, START)).isEqualTo(PublicityDates.ENDED);
        assertThat(PublicityDates.daysLeft(PublicityDates.ENDED, END, START)).isZero();
    }

    @Test
    void whenThereIsNoPeriodThenNoPhase() {
        assertThat(PublicityDates.phase(null, null, true, START)).isNull();
        assertThat(PublicityDates.daysLeft(null, null, START)).isNull();
    }

    @Test
    void whenTheDateMovesThenAFeedItemAndARosterReadForThatDay() {
        FeedItem item = new FeedItem("land:1", "land", "T", "类型", "标题", null, "230202001000", "PUBLIC", "PUBLISHED",
                "VALID", Instant.parse("2026-03-01T02:00:00Z"), START, END, "SCHEDULED", 8, 1, "d");
        assertThat(item.onDate(LocalDate.of(2026, 3, 6)).phase()).isEqualTo("IN_PUBLICITY");
        assertThat(item.onDate(LocalDate.of(2026, 3, 6)).daysLeft()).isEqualTo(3);
        assertThat(PublicityDates.rosterWithdrawn(END, END)).isFalse();
        assertThat(PublicityDates.rosterWithdrawn(END, END.plusDays(1))).isTrue();
    }
}

package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.gongkai.api.CalendarRunway;
import org.gongkai.core.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** How far ahead the shipped calendars (2024–2026) reach, and the warning once fewer than 45 days are left. */
@ExtendWith(OutputCaptureExtension.class)
class CalendarRunwayCheckTest {

    private final MovableClock clock = new MovableClock(LocalDate.of(2026, 6, 1));
    private final CalendarRunwayCheck check = new CalendarRunwayCheck(Calendars.shipped(), clock);

    @Test
    void inJuneTheCalendarsReachTheEndOfTheYearWithoutAWarning() {
        CalendarRunway runway = check.current();

        assertThat(runway.coveredThrough()).isEqualTo("2026-12-31");
        assertThat(runway.daysLeft()).isEqualTo(213);
        assertThat(runway.years()).containsExactly(2024, 2025, 2026);
        assertThat(runway.warning()).isNull();
        assertThat(check.warnOncePerDay()).isFalse();
    }

    @Test
    void fortyFourDaysBeforeTheEndTheWarningNamesTheFileToAdd() {
        clock.set(LocalDate.of(2026, 11, 16), LocalTime.of(9, 0));
        assertThat(check.current().warning()).as("45 days left").isNull();

        clock.set(LocalDate.of(2026, 11, 17), LocalTime.of(9, 0));
        CalendarRunway runway = check.current();

        assertThat(runway.daysLeft()).isEqualTo(44);
        assertThat(runway.warning()).contains("只覆盖到2026-12-31").contains("还剩44天")
                .contains("config/repo/calendars/ 下添加 2027.json");
    }

    @Test
    void theWarningIsLoggedOnceADay(CapturedOutput output) {
        clock.set(LocalDate.of(2026, 12, 2), LocalTime.of(8, 0));

        assertThat(check.warnOncePerDay()).isTrue();
        clock.set(LocalDate.of(2026, 12, 2), LocalTime.of(20, 0));
        assertThat(check.warnOncePerDay()).isFalse();
        clock.set(LocalDate.of(2026, 12, 3), LocalTime.of(8, 0));
        assertThat(check.warnOncePerDay()).isTrue();

        assertThat(output.getAll().split("calendar runway: ", -1)).hasSize(3);
        assertThat(output.getAll()).contains("还剩29天").contains("还剩28天");
    }

    @Test
    void aYearWithoutItsOwnCalendarHasNoRunwayAtAll() {
        clock.set(LocalDate.of(2027, 1, 5), LocalTime.of(9, 0));
        CalendarRunway runway = check.current();

        assertThat(runway.coveredThrough()).isNull();
        assertThat(runway.daysLeft()).isZero();
        assertThat(runway.warning()).contains("缺少今年（2027年）的节假日日历").contains("2027.json");
    }
}

package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodCalculatorTest {

    private final PeriodCalculator calculator = new PeriodCalculator(Calendars.shipped());

    @Test
    void tenWorkingDaysSkipSpringFestival2026AndCountItsMakeUpSaturdays() {
        // Thu 02-12 (1), Fri 02-13 (2), Sat 02-14 make-up (3), 02-15..02-23 off, Tue 02-24 (4) .. Fri 02-27 (7),
        // Sat 02-28 make-up (8), Sun 03-01 off, Mon 03-02 (9), Tue 03-03 (10)
        PublicityPeriod period = calculator.period(LocalDate.of(2026, 2, 12), PublicityRule.workingDays(10));

        assertThat(period.start()).isEqualTo(LocalDate.of(2026, 2, 12));
        assertThat(period.end()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(period.rule()).isEqualTo(PublicityRule.workingDays(10));
    }

    @Test
    void tenWorkingDaysAcrossSpringFestival2025UseBothMakeUpDays() {
        // Fri 01-24 (1), Sat 01-25 off, Sun 01-26 make-up (2), Mon 01-27 (3), 01-28..02-04 off,
        // Wed 02-05 (4), Thu (5), Fri (6), Sat 02-08 make-up (7), Sun off, Mon 02-10 (8), Tue (9), Wed 02-12 (10)
        PublicityPeriod period = calculator.period(LocalDate.of(2025, 1, 24), PublicityRule.workingDays(10));

        assertThat(period.start()).isEqualTo(LocalDate.of(2025, 1, 24));
        assertThat(period.end()).isEqualTo(LocalDate.of(2025, 2, 12));
    }

    @Test
    void tenWorkingDaysAcrossNationalDay2025() {
        // Fri 09-26 (1), Sat off, Sun 09-28 make-up (2), Mon (3), Tue 09-30 (4), 10-01..10-08 off,
        // Thu 10-09 (5), Fri (6), Sat 10-11 make-up (7), Sun off, Mon 10-13 (8), Tue (9), Wed 10-15 (10)
        PublicityPeriod period = calculator.period(LocalDate.of(2025, 9, 26), PublicityRule.workingDays(10));

        assertThat(period.end()).isEqualTo(LocalDate.of(2025, 10, 15));
    }

    @Test
    void twelveWorkingDaysAcrossMidAutumnAndNationalDay2026() {
        // Fri 09-18 (1), Sat off, Sun 09-20 make-up (2), Mon 09-21 .. Thu 09-24 (3-6), 09-25..09-27 off,
        // Mon 09-28 .. Wed 09-30 (7-9), 10-01..10-07 off, Thu 10-08 (10), Fri 10-09 (11), Sat 10-10 make-up (12)
        PublicityPeriod period = calculator.period(LocalDate.of(2026, 9, 18), PublicityRule.workingDays(12));

        assertThat(period.end()).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(calculator.period(LocalDate.of(2026, 9, 18), PublicityRule.workingDays(10)).end())
                .isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void periodPublishedOnSaturdayHolidayStartsOnNextWorkingDay() {
        // Sat 02-21 is inside Spring Festival; Tue 02-24 (1) .. Fri 02-27 (4), Sat 02-28 make-up (5), 03-02 (6), 03-03 (7)
        PublicityPeriod period = calculator.period(LocalDate.of(2026, 2, 21), PublicityRule.workingDays(7));

        assertThat(period.start()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(period.end()).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void periodPublishedOnOrdinarySundayStartsMonday() {
        PublicityPeriod period = calculator.period(LocalDate.of(2026, 3, 8), PublicityRule.workingDays(5));

        assertThat(period.start()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(period.end()).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void makeUpSaturdayCountsAsFirstWorkingDay() {
        PublicityPeriod oneDay = calculator.period(LocalDate.of(2026, 5, 9), PublicityRule.workingDays(1));
        assertThat(oneDay.start()).isEqualTo(LocalDate.of(2026, 5, 9));
        assertThat(oneDay.end()).isEqualTo(LocalDate.of(2026, 5, 9));

        // Sat 02-14 (1), then the holiday, Tue 02-24 (2)
        PublicityPeriod twoDays = calculator.period(LocalDate.of(2026, 2, 14), PublicityRule.workingDays(2));
        assertThat(twoDays.start()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(twoDays.end()).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void sevenCalendarDaysAreInclusiveAndIgnoreHolidays() {
        PublicityPeriod period = calculator.period(LocalDate.of(2026, 2, 12), PublicityRule.calendarDays(7));

        assertThat(period.start()).isEqualTo(LocalDate.of(2026, 2, 12));
        assertThat(period.end()).isEqualTo(LocalDate.of(2026, 2, 18));
        assertThat(period.calendarDays()).isEqualTo(7);
    }

    @Test
    void oneCalendarDayEndsOnThePublicationDate() {
        PublicityPeriod period = calculator.period(LocalDate.of(2026, 10, 1), PublicityRule.calendarDays(1));

        assertThat(period.end()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void calendarDayPeriodReachingInto2027IsRefusedUntilItsCalendarIsAdded() {
        assertThatThrownBy(() -> calculator.period(LocalDate.of(2026, 12, 10), PublicityRule.calendarDays(30)))
                .isInstanceOf(CalendarYearMissingException.class)
                .extracting(e -> ((CalendarYearMissingException) e).year()).isEqualTo(2027);
        assertThat(calculator.period(LocalDate.of(2026, 12, 2), PublicityRule.calendarDays(30)).end())
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void workingDayPeriodReachingInto2027IsRefused() {
        // Thu 12-24 (1), Fri 12-25 (2), Mon 12-28 .. Thu 12-31 (3-6), then 2027 is unknown
        assertThatThrownBy(() -> calculator.period(LocalDate.of(2026, 12, 24), PublicityRule.workingDays(10)))
                .isInstanceOf(CalendarYearMissingException.class)
                .hasMessageContaining("2027年")
                .extracting(e -> ((CalendarYearMissingException) e).year()).isEqualTo(2027);
    }

    @Test
    void workingDayPeriodEndingOnLastDayOf2026IsStillComputed() {
        PublicityPeriod period = calculator.period(LocalDate.of(2026, 12, 24), PublicityRule.workingDays(6));

        assertThat(period.end()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void workingDayPeriodPublishedBefore2024IsRefused() {
        assertThatThrownBy(() -> calculator.period(LocalDate.of(2023, 12, 28), PublicityRule.workingDays(3)))
                .isInstanceOf(CalendarYearMissingException.class)
                .extracting(e -> ((CalendarYearMissingException) e).year()).isEqualTo(2023);
    }

    @Test
    void acquisitionAnnouncementDueFifteenWorkingDaysAfterApproval() {
        // approved Fri 2026-09-18: 09-20 (1), 09-21..09-24 (2-5), 09-28..09-30 (6-8), 10-08 (9), 10-09 (10),
        // Sat 10-10 (11), 10-12..10-15 (12-15)
        assertThat(calculator.addWorkingDays(LocalDate.of(2026, 9, 18), 15)).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void procurementResultDueTwoWorkingDaysLaterCountsMakeUpSaturday() {
        // Fri 02-13: Sat 02-14 make-up (1), Tue 02-24 (2)
        assertThat(calculator.addWorkingDays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void disclosureDueTwentyWorkingDaysAfterInformationIsFormedSkipsQingming() {
        // Wed 04-01: 04-02, 04-03 (2), 04-04..04-06 off, 04-07 .. 04-30 (20)
        assertThat(calculator.addWorkingDays(LocalDate.of(2026, 4, 1), 20)).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void addingWorkingDaysCrossesNewYearIntoMakeUpSunday() {
        assertThat(calculator.addWorkingDays(LocalDate.of(2024, 12, 31), 1)).isEqualTo(LocalDate.of(2025, 1, 2));
        // 2026-01-01..01-03 off, Sun 01-04 make-up
        assertThat(calculator.addWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 4));
    }

    @Test
    void addingZeroWorkingDaysReturnsTheSameDate() {
        assertThat(calculator.addWorkingDays(LocalDate.of(2026, 2, 15), 0)).isEqualTo(LocalDate.of(2026, 2, 15));
    }

    @Test
    void addingNegativeWorkingDaysIsRejected() {
        assertThatThrownBy(() -> calculator.addWorkingDays(LocalDate.of(2026, 2, 15), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addingWorkingDaysInto2027IsRefused() {
        assertThatThrownBy(() -> calculator.addWorkingDays(LocalDate.of(2026, 12, 28), 15))
                .isInstanceOf(CalendarYearMissingException.class);
    }

    @Test
    void workingDaysBetweenExcludesStartAndIncludesEnd() {
        // 02-13, 02-14, 02-24..02-28, 03-02, 03-03
        assertThat(calculator.workingDaysBetween(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 3, 3))).isEqualTo(9);
        assertThat(calculator.workingDaysBetween(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23))).isZero();
        assertThat(calculator.workingDaysBetween(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3))).isZero();
    }

    @Test
    void workingDaysBetweenIsNegativeWhenReversed() {
        assertThat(calculator.workingDaysBetween(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 2, 12))).isEqualTo(-9);
    }

    @Test
    void workingDaysBetweenInto2027IsRefused() {
        assertThatThrownBy(() -> calculator.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 5)))
                .isInstanceOf(CalendarYearMissingException.class);
    }

    @Test
    void workingDaysBetweenUndoesAddWorkingDaysThroughoutTheShippedYears() {
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.isBefore(LocalDate.of(2026, 11, 1)); d = d.plusDays(3)) {
            for (int n = 0; n <= 25; n += 5) {
                LocalDate due = calculator.addWorkingDays(d, n);
                assertThat(calculator.workingDaysBetween(d, due)).as("%s + %d", d, n).isEqualTo(n);
                assertThat(n == 0 || Calendars.shipped().isWorkingDay(due)).as("%s + %d", d, n).isTrue();
            }
        }
    }

    @Test
    void workingPeriodAlwaysStartsAndEndsOnWorkingDaysAndSpansExactlyNOfThem() {
        WorkingDayCalendar calendar = Calendars.shipped();
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.isBefore(LocalDate.of(2026, 11, 1)); d = d.plusDays(1)) {
            PublicityPeriod period = calculator.period(d, PublicityRule.workingDays(10));
            assertThat(calendar.isWorkingDay(period.start())).as("start for %s", d).isTrue();
            assertThat(calendar.isWorkingDay(period.end())).as("end for %s", d).isTrue();
            assertThat(calculator.workingDaysBetween(period.start().minusDays(1), period.end())).isEqualTo(10);
            assertThat(calculator.workingDaysBetween(d.minusDays(1), period.start().minusDays(1))).isZero();
        }
    }
}

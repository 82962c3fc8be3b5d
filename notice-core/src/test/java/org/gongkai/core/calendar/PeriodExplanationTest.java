package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The day-by-day working of a period, as the public calculator and the publish preview show it. Make-up working
 * days on weekends count, holidays on weekdays do not, and the explanation always ends where the period does.
 */
class PeriodExplanationTest {

    private final PeriodCalculator calculator = new PeriodCalculator(Calendars.shipped());

    @Test
    void sevenWorkingDaysAcrossSpringFestival2026CountTheMakeUpSaturdayAndSkipEveryHolidayDay() {
        PeriodExplanation e = calculator.explain(LocalDate.of(2026, 2, 12), PublicityRule.workingDays(7));

        assertThat(e.period().start()).isEqualTo("2026-02-12");
        assertThat(e.period().end()).isEqualTo("2026-02-27");
        PeriodDay makeUp = day(e, "2026-02-14");
        assertThat(makeUp.kind()).isEqualTo(DayKind.MAKEUP_WORKING_DAY);
        assertThat(makeUp.counted()).isTrue();
        assertThat(makeUp.ordinal()).isEqualTo(3);
        assertThat(makeUp.note()).isEqualTo("春节调休上班（星期六），计入第3日");
        // a weekday inside the holiday is skipped as the holiday, and so is a weekend day inside it
        assertThat(day(e, "2026-02-16")).extracting(PeriodDay::kind, PeriodDay::holiday, PeriodDay::counted)
                .containsExactly(DayKind.HOLIDAY, "春节", false);
        assertThat(day(e, "2026-02-21").kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(e.skipped()).extracting(PeriodDay::date).containsExactly(
                LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
                LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
                LocalDate.of(2026, 2, 21), LocalDate.of(2026, 2, 22), LocalDate.of(2026, 2, 23));
        assertThat(e.countedDays()).isEqualTo(7);
        assertThat(e.days()).hasSize(16);
    }

    @Test
    void theLastDayOfAPeriodAcrossSpringFestival2026IsAMakeUpSaturday() {
        // Tue 02-24 (1) .. Fri 02-27 (4), Sat 02-28 make-up (5): a weekend here would push the end to Mon 03-02
        PeriodExplanation e = calculator.explain(LocalDate.of(2026, 2, 24), PublicityRule.workingDays(5));

        assertThat(e.period().end()).isEqualTo("2026-02-28");
        assertThat(day(e, "2026-02-28").kind()).isEqualTo(DayKind.MAKEUP_WORKING_DAY);
    }

    @Test
    void fiveWorkingDaysAcrossNationalDay2025CountTheMakeUpSundayAndSkipTheGoldenWeek() {
        // Fri 09-26 (1), Sat 09-27 weekend, Sun 09-28 make-up (2), Mon (3), Tue 09-30 (4), 10-01..10-08 off, Thu 10-09 (5)
        PeriodExplanation e = calculator.explain(LocalDate.of(2025, 9, 26), PublicityRule.workingDays(5));

        assertThat(e.period().end()).isEqualTo("2025-10-09");
        assertThat(day(e, "2025-09-27")).extracting(PeriodDay::kind, PeriodDay::counted, PeriodDay::note)
                .containsExactly(DayKind.WEEKEND, false, "周末，不计入");
        assertThat(day(e, "2025-09-28")).extracting(PeriodDay::kind, PeriodDay::counted, PeriodDay::ordinal)
                .containsExactly(DayKind.MAKEUP_WORKING_DAY, true, 2);
        assertThat(day(e, "2025-10-03")).extracting(PeriodDay::holiday, PeriodDay::note)
                .containsExactly("国庆节、中秋节", "国庆节、中秋节假期，不计入");
        assertThat(e.skipped()).hasSize(9);
    }

    @Test
    void spring2025MakeUpSundayBeforeTheHolidayCounts() {
        // Sat 01-25 weekend, Sun 01-26 make-up (1), Mon 01-27 (2), 01-28..02-04 off, Wed 02-05 (3)
        PeriodExplanation e = calculator.explain(LocalDate.of(2025, 1, 25), PublicityRule.workingDays(3));

        assertThat(e.period().start()).isEqualTo("2025-01-26");
        assertThat(e.period().end()).isEqualTo("2025-02-05");
        assertThat(e.days().get(0)).extracting(PeriodDay::kind, PeriodDay::counted)
                .containsExactly(DayKind.WEEKEND, false);
    }

    @Test
    void calendarDaysCountHolidaysToo() {
        // from Thu 2026-09-24: the Mid-Autumn days 09-25..09-27 count like every other day
        PeriodExplanation e = calculator.explain(LocalDate.of(2026, 9, 24), PublicityRule.calendarDays(7));

        assertThat(e.period().start()).isEqualTo("2026-09-24");
        assertThat(e.period().end()).isEqualTo("2026-09-30");
        assertThat(e.skipped()).isEmpty();
        assertThat(day(e, "2026-09-25")).extracting(PeriodDay::kind, PeriodDay::counted, PeriodDay::note)
                .containsExactly(DayKind.HOLIDAY, true, "中秋节假期，计入第2日");
    }

    @Test
    void theExplanationAndThePeriodPublishingUsesAreTheSameEveryDayOf2025And2026() {
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.isBefore(LocalDate.of(2026, 11, 1)); d = d.plusDays(1)) {
            for (int length : new int[] {1, 3, 5, 7, 10, 15, 20, 30}) {
                for (PublicityRule rule : List.of(PublicityRule.workingDays(length), PublicityRule.calendarDays(length))) {
                    PeriodExplanation e = calculator.explain(d, rule);
                    assertThat(e.period()).as(d + " " + rule).isEqualTo(calculator.period(d, rule));
                    assertThat(e.days().get(0).date()).isEqualTo(d);
                    assertThat(e.days().get(e.days().size() - 1).date()).isEqualTo(e.period().end());
                    assertThat(e.countedDays()).isEqualTo(length);
                }
            }
        }
    }

    @Test
    void aPeriodReachingAYearWithoutItsCalendarNamesTheYearAndTheFileToAdd() {
        assertThatThrownBy(() -> calculator.explain(LocalDate.of(2026, 12, 24), PublicityRule.workingDays(7)))
                .isInstanceOfSatisfying(CalendarYearMissingException.class, e -> {
                    assertThat(e.year()).isEqualTo(2027);
                    assertThat(e.file()).isEqualTo("config/repo/calendars/2027.json");
                    assertThat(e.getMessage()).contains("2027.json").contains("isOffDay")
                            .contains("gongkai.calendar.years");
                });
    }

    private static PeriodDay day(PeriodExplanation e, String date) {
        return e.days().stream().filter(d -> d.date().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }
}

package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = Calendars.shipped();

    @Test
    void ordinaryWeekdaysWorkAndWeekendsRest() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 10))).isTrue(); // Tuesday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 14))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 15))).isFalse(); // Sunday
    }

    @Test
    void weekdayHolidayIsOff() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse(); // Monday, Spring Festival
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse(); // Wednesday, National Day
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 6, 10))).isFalse(); // Monday, Dragon Boat
    }

    @Test
    void makeUpSaturdayAndSundayAreWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue(); // Sunday
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue(); // Sunday
    }

    @Test
    void eachShippedYearHasTheOfficialNumberOfWorkingDays() {
        assertThat(workingDaysIn(2024)).isEqualTo(251);
        assertThat(workingDaysIn(2025)).isEqualTo(248);
        assertThat(workingDaysIn(2026)).isEqualTo(248);
    }

    @Test
    void overrideNamesTheHoliday() {
        assertThat(calendar.override(LocalDate.of(2025, 10, 6))).get()
                .extracting(CalendarDay::name).isEqualTo("国庆节、中秋节");
        assertThat(calendar.override(LocalDate.of(2026, 9, 20))).get()
                .extracting(CalendarDay::name, CalendarDay::offDay).containsExactly("国庆节", false);
        assertThat(calendar.override(LocalDate.of(2026, 3, 10))).isEmpty();
    }

    @Test
    void yearWithoutFileIsRefusedWithItsYear() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 1, 4)))
                .isInstanceOf(CalendarYearMissingException.class)
                .hasMessageStartingWith("缺少2027年的节假日安排，无法计算期限")
                .hasMessageContaining("在 config/repo/calendars/ 下添加 2027.json")
                .hasMessageContaining("gongkai.calendar.years 中加入 2027")
                .extracting(e -> ((CalendarYearMissingException) e).year()).isEqualTo(2027);
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2023, 12, 29)))
                .isInstanceOf(CalendarYearMissingException.class);
    }

    @Test
    void decemberDateInNextYearsFileOverridesButItsOwnYearMustStillBeLoaded() {
        CalendarYearFile next = new CalendarYearFile(2031, List.of("https://www.gov.cn/example"), List.of(
                new CalendarDay("元旦", LocalDate.of(2030, 12, 31), true),
                new CalendarDay("元旦", LocalDate.of(2031, 1, 1), true)));
        CalendarYearFile current = new CalendarYearFile(2030, List.of("https://www.gov.cn/example"), List.of(
                new CalendarDay("春节", LocalDate.of(2030, 2, 4), true)));

        WorkingDayCalendar onlyNext = new WorkingDayCalendar(List.of(next));
        assertThatThrownBy(() -> onlyNext.isWorkingDay(LocalDate.of(2030, 12, 31)))
                .isInstanceOf(CalendarYearMissingException.class)
                .extracting(e -> ((CalendarYearMissingException) e).year()).isEqualTo(2030);

        WorkingDayCalendar both = new WorkingDayCalendar(List.of(current, next));
        assertThat(both.isWorkingDay(LocalDate.of(2030, 12, 31))).isFalse(); // a Tuesday, off per the 2031 file
        assertThat(both.isWorkingDay(LocalDate.of(2030, 12, 30))).isTrue();
    }

    @Test
    void contradictoryFilesAreRefused() {
        CalendarYearFile a = new CalendarYearFile(2030, List.of("p"), List.of(
                new CalendarDay("元旦", LocalDate.of(2030, 12, 29), true)));
        CalendarYearFile b = new CalendarYearFile(2031, List.of("p"), List.of(
                new CalendarDay("元旦", LocalDate.of(2030, 12, 29), false)));
        assertThatThrownBy(() -> new WorkingDayCalendar(List.of(a, b)))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessageContaining("2030-12-29");
    }

    private int workingDaysIn(int year) {
        int count = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            count += calendar.isWorkingDay(d) ? 1 : 0;
        }
        return count;
    }
}

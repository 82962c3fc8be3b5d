package org.gongkai.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days of mainland China: Monday to Friday, overridden by the State Council's yearly holiday notice.
 * Only the years that have a file are known; any other year is refused rather than guessed.
 */
final class WorkingDayCalendar {

    private final Set<Integer> years;
    private final Map<LocalDate, CalendarDay> overrides;

    public WorkingDayCalendar(Collection<CalendarYearFile> files) {
        Set<Integer> knownYears = new TreeSet<>();
        Map<LocalDate, CalendarDay> days = new HashMap<>();
        for (CalendarYearFile file : files) {
            if (!knownYears.add(file.year())) {
                throw new InvalidCalendarException(file.year() + "年的日历重复加载");
            }
            for (CalendarDay day : file.days()) {
                CalendarDay previous = days.putIfAbsent(day.date(), day);
                if (previous != null && previous.offDay() != day.offDay()) {
                    throw new InvalidCalendarException("日期" + day.date() + "在不同年度日历中的安排相互矛盾");
                }
            }
        }
        this.years = Set.copyOf(knownYears);
        this.overrides = Map.copyOf(days);
    }

    public boolean isWorkingDay(LocalDate date) {
        return kind(date).working();
    }

    /** Whether the date is a working day, a weekend, a holiday or a make-up working day. */
    public DayKind kind(LocalDate date) {
        requireYear(date);
        CalendarDay override = overrides.get(date);
        if (override != null) {
            return override.offDay() ? DayKind.HOLIDAY : DayKind.MAKEUP_WORKING_DAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? DayKind.WEEKEND : DayKind.WORKING_DAY;
    }

    /** The holiday or make-up day entry for this date, if the notice names it. */
    public Optional<CalendarDay> override(LocalDate date) {
        requireYear(date);
        return Optional.ofNullable(overrides.get(date));
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    public Set<Integer> years() {
        return new TreeSet<>(years);
    }

    /** @throws CalendarYearMissingException when the date's own calendar year has no file */
    public void requireYear(LocalDate date) {
        if (!years.contains(date.getYear())) {
            throw new CalendarYearMissingException(date.getYear());
        }
    }
}

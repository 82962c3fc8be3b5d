package org.gongkai.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Publicity periods and statutory time limits. Working-day arithmetic walks the calendar day by day, and every
 * date whose working-day status it consults must lie in a loaded year; otherwise it throws
 * {@link CalendarYearMissingException}. Calendar-day periods consult no holiday data and never refuse.
 */
public final class PeriodCalculator {

    private final WorkingDayCalendar calendar;

    public PeriodCalculator(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * N calendar days start on the publication date and end on its N-th day inclusive. N working days are the
     * first N working days counted from the publication date (or the next working day if it is a day off).
     */
    /**
     * A calendar-day period needs no holiday data, but one that reaches a year whose State Council notice is not yet
     * loaded is still refused (holidays-cn.md): the department must not publish a period the suite cannot vouch for.
     */
    private PublicityPeriod calendarPeriod(LocalDate start, PublicityRule rule) {
        LocalDate end = start.plusDays(rule.length() - 1L);
        calendar.requireYear(start);
        calendar.requireYear(end);
        return new PublicityPeriod(start, end, rule);
    }

    public PublicityPeriod period(LocalDate publicationDate, PublicityRule rule) {
        Objects.requireNonNull(publicationDate, "publicationDate");
        Objects.requireNonNull(rule, "rule");
        return switch (rule.unit()) {
            case CALENDAR -> calendarPeriod(publicationDate, rule);
            case WORKING -> workingPeriod(publicationDate, rule);
        };
    }

    private PublicityPeriod workingPeriod(LocalDate publicationDate, PublicityRule rule) {
        LocalDate start = firstWorkingDayFrom(publicationDate);
        LocalDate end = start;
        for (int counted = 1; counted < rule.length(); counted++) {
            end = nextWorkingDayAfter(end);
        }
        return new PublicityPeriod(start, end, rule);
    }

    /** The date {@code n} working days after {@code from}, e.g. the deadline "within 15 working days of approval". */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        Objects.requireNonNull(from, "from");
        if (n < 0) {
            throw new IllegalArgumentException("工作日数不能为负数：" + n);
        }
        LocalDate date = from;
        for (int counted = 0; counted < n; counted++) {
            date = nextWorkingDayAfter(date);
        }
        return date;
    }

    /**
     * Working days in {@code (fromExclusive, toInclusive]}; negative when {@code toInclusive} is earlier, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** {@code date} itself if it is a working day, else the next one. */
    public LocalDate firstWorkingDayFrom(LocalDate date) {
        LocalDate d = date;
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private LocalDate nextWorkingDayAfter(LocalDate date) {
        return firstWorkingDayFrom(date.plusDays(1));
    }
}

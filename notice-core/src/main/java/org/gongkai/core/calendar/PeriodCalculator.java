package org.gongkai.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Publicity periods and statutory time limits. Every period walks the calendar day by day, and every date it walks
 * must lie in a loaded year, for calendar-day periods too (so each day can be explained as counted or skipped);
 * otherwise it throws {@link CalendarYearMissingException}.
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
    public PublicityPeriod period(LocalDate publicationDate, PublicityRule rule) {
        return walk(publicationDate, rule, day -> { });
    }

    /** The same period as {@link #period}, with every date walked: counted or skipped, and why. */
    public PeriodExplanation explain(LocalDate publicationDate, PublicityRule rule) {
        List<PeriodDay> days = new ArrayList<>();
        PublicityPeriod period = walk(publicationDate, rule, days::add);
        return new PeriodExplanation(period, days);
    }

    /**
     * The one walk behind every period. Each date must lie in a loaded year, for calendar-day periods too: one that
     * reaches a year whose State Council notice is not yet loaded is refused (holidays-cn.md), so the department
     * never publishes a period the suite cannot vouch for.
     */
    private PublicityPeriod walk(LocalDate publicationDate, PublicityRule rule, Consumer<PeriodDay> sink) {
        Objects.requireNonNull(publicationDate, "publicationDate");
        Objects.requireNonNull(rule, "rule");
        LocalDate first = null;
        LocalDate date = publicationDate;
        int counted = 0;
        while (true) {
            DayKind kind = calendar.kind(date);
            boolean counts = rule.unit() == DayUnit.CALENDAR || kind.working();
            if (counts) {
                counted++;
                first = first == null ? date : first;
            }
            sink.accept(PeriodDay.of(date, kind, holidayName(date, kind), counts, counts ? counted : null));
            if (counted == rule.length()) {
                return new PublicityPeriod(first, date, rule);
            }
            date = date.plusDays(1);
        }
    }

    private String holidayName(LocalDate date, DayKind kind) {
        return kind == DayKind.HOLIDAY || kind == DayKind.MAKEUP_WORKING_DAY
                ? calendar.override(date).map(CalendarDay::name).orElse(null) : null;
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

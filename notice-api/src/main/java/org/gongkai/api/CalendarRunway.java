package org.gongkai.api;

import java.time.LocalDate;
import java.util.List;

/**
 * How far ahead a service's holiday calendars reach: {@code coveredThrough} is the last day of the last loaded year
 * that follows on from today's without a gap (null when today's own year is missing), {@code daysLeft} the days
 * after today still covered. {@code warning} is set when fewer than {@link #WARN_DAYS} remain, saying which file to
 * add; the service stays up, but working-day periods reaching past {@code coveredThrough} are refused.
 */
public record CalendarRunway(LocalDate today, LocalDate coveredThrough, int daysLeft, List<Integer> years,
        String warning) {

    public static final int WARN_DAYS = 45;

    public CalendarRunway {
        years = years == null ? List.of() : List.copyOf(years);
    }
}

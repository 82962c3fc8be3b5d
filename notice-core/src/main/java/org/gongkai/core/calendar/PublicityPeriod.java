package org.gongkai.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.gongkai.core.time.Zones;

/** The days a notice is open to objections: from the start of {@code start} to the end of {@code end}, Shanghai time. */
public record PublicityPeriod(LocalDate start, LocalDate end, PublicityRule rule) {

    public PublicityPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(rule, "rule");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("公示期结束日期早于开始日期：" + start + " 至 " + end);
        }
    }

    /** The first instant of the period: midnight at the start of {@code start}. */
    public Instant opensAt() {
        return start.atStartOfDay(Zones.SHANGHAI).toInstant();
    }

    /** The first instant after the period: midnight after {@code end}. */
    public Instant closesAt() {
        return end.plusDays(1).atStartOfDay(Zones.SHANGHAI).toInstant();
    }

    /** Calendar days from start to end inclusive (for working-day rules, this includes the days off inside). */
    public int calendarDays() {
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }
}

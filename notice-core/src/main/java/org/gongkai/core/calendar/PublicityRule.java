package org.gongkai.core.calendar;

import java.util.Objects;

/** A statutory minimum publicity period, e.g. 10 working days or 30 days. */
public record PublicityRule(int length, DayUnit unit) {

    public PublicityRule {
        Objects.requireNonNull(unit, "unit");
        if (length < 1) {
            throw new IllegalArgumentException("公示期天数必须为正数：" + length);
        }
    }

    public static PublicityRule calendarDays(int length) {
        return new PublicityRule(length, DayUnit.CALENDAR);
    }

    public static PublicityRule workingDays(int length) {
        return new PublicityRule(length, DayUnit.WORKING);
    }

    /** "10个工作日" or "30日". */
    public String describe() {
        return switch (unit) {
            case WORKING -> length + "个工作日";
            case CALENDAR -> length + "日";
        };
    }
}

package org.gongkai.core.calendar;

import java.time.LocalDate;

/**
 * One date a period calculation walked: whether it counted, as which day of the period ({@code ordinal}, from 1),
 * and why. {@code holiday} names the holiday a day off or a make-up working day belongs to (e.g. 春节);
 * {@code note} says it in a sentence, e.g. "春节调休上班，计入" or "周末，不计入".
 */
record PeriodDay(LocalDate date, String weekday, DayKind kind, String holiday, boolean counted,
        Integer ordinal, String note) {

    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    static PeriodDay of(LocalDate date, DayKind kind, String holiday, boolean counted, Integer ordinal) {
        String what = switch (kind) {
            case WORKING_DAY -> "工作日";
            case WEEKEND -> "周末";
            case HOLIDAY -> holiday + "假期";
            case MAKEUP_WORKING_DAY -> holiday + "调休上班（" + WEEKDAYS[date.getDayOfWeek().ordinal()] + "）";
        };
        String note = what + (counted ? "，计入第" + ordinal + "日" : "，不计入");
        return new PeriodDay(date, WEEKDAYS[date.getDayOfWeek().ordinal()], kind, holiday, counted, ordinal, note);
    }
}

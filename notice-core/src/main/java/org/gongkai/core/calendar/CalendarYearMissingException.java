package org.gongkai.core.calendar;

/** A date falls in a year whose holiday arrangement is not loaded; working days there are unknown. */
public class CalendarYearMissingException extends RuntimeException {

    private final int year;

    public CalendarYearMissingException(int year) {
        super("缺少" + year + "年的节假日安排，无法计算工作日，请先在配置中补充该年度日历");
        this.year = year;
    }

    public int year() {
        return year;
    }
}

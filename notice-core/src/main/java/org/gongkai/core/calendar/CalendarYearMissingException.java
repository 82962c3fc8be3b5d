package org.gongkai.core.calendar;

/**
 * A date falls in a year whose holiday arrangement is not loaded; working days there are unknown. The message tells
 * an administrator which file to add, in which format, and where to list the year.
 */
public class CalendarYearMissingException extends RuntimeException {

    /** Where the calendar files live in the suite's configuration repository. */
    public static final String CALENDAR_FOLDER = "config/repo/calendars/";

    private final int year;

    public CalendarYearMissingException(int year) {
        super("缺少" + year + "年的节假日安排，无法计算期限。请管理员在国务院办公厅公布" + year + "年部分节假日安排的通知后，在 "
                + CALENDAR_FOLDER + " 下添加 " + year + ".json（holiday-cn 格式：{\"year\":" + year
                + ",\"papers\":[\"通知的网址\"],\"days\":[{\"name\":\"元旦\",\"date\":\"" + year
                + "-01-01\",\"isOffDay\":true}, …]}，放假日 isOffDay 为 true，调休上班日为 false），并在 config/repo/application.yml 的 "
                + "gongkai.calendar.years 中加入 " + year + "，然后重启各服务");
        this.year = year;
    }

    public int year() {
        return year;
    }

    /** The file that would supply the missing year, relative to the repository root. */
    public String file() {
        return CALENDAR_FOLDER + year + ".json";
    }
}

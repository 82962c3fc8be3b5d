package org.gongkai.core.calendar;

import java.util.List;

/**
 * One year's holiday arrangement in the NateScarlet/holiday-cn format. {@code papers} are the State Council
 * notices the dates come from; a December date of the previous year may appear in {@code days}.
 */
record CalendarYearFile(int year, List<String> papers, List<CalendarDay> days) {

    public CalendarYearFile {
        papers = papers == null ? List.of() : List.copyOf(papers);
        days = days == null ? List.of() : List.copyOf(days);
    }
}

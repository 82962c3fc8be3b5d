package org.gongkai.core.calendar;

/** What a date is in mainland China's working-day calendar. */
enum DayKind {
    WORKING_DAY("工作日", true),
    WEEKEND("周末", false),
    /** A day off under the State Council's holiday notice (including weekend days inside the holiday). */
    HOLIDAY("法定节假日", false),
    /** A Saturday or Sunday the holiday notice makes a working day (调休上班). */
    MAKEUP_WORKING_DAY("调休上班日", true);

    private final String displayName;
    private final boolean working;

    DayKind(String displayName, boolean working) {
        this.displayName = displayName;
        this.working = working;
    }

    public String displayName() {
        return displayName;
    }

    public boolean working() {
        return working;
    }
}

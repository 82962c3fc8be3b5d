package org.gongkai.core.calendar;

/** How a publicity period or time limit counts its days. */
public enum DayUnit {
    /** Every day counts (日). */
    CALENDAR,
    /** Only working days count, per the State Council's holiday notice (工作日). */
    WORKING
}

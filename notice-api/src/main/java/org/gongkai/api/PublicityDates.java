package org.gongkai.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The one rule for what a publicity period shows on a given date, shared by the sectors and every reader of their
 * feeds (the gateway's read model recomputes it daily): {@code SCHEDULED} before the start, {@code IN_PUBLICITY}
 * up to the end date inclusive, {@code ENDED} after it or once the notice no longer runs (concluded, withdrawn …).
 * Days left count calendar days from the date to the end inclusive: 1 on the last day, 0 once ended.
 */
public final class PublicityDates {

    public static final String SCHEDULED = "SCHEDULED";
    public static final String IN_PUBLICITY = "IN_PUBLICITY";
    public static final String ENDED = "ENDED";

    private PublicityDates() {
    }

    /** The phase on {@code today}; null without a period. {@code running}: the notice is published, not ended. */
    public static String phase(LocalDate start, LocalDate end, boolean running, LocalDate today) {
        if (end == null) {
            return null;
        }
        if (!running || today.isAfter(end)) {
            return ENDED;
        }
        return start != null && today.isBefore(start) ? SCHEDULED : IN_PUBLICITY;
    }

    /** Days left on {@code today} for a period in {@code phase}; null without one. */
    public static Integer daysLeft(String phase, LocalDate end, LocalDate today) {
        if (phase == null) {
            return null;
        }
        return ENDED.equals(phase) ? 0 : (int) ChronoUnit.DAYS.between(today, end) + 1;
    }

    /** Whether a roster public until {@code until} has left public view on {@code today}. */
    public static boolean rosterWithdrawn(LocalDate until, LocalDate today) {
        return until != null && today.isAfter(until);
    }
}

package org.gongkai.core.roster;

/** How much one upload may hold, and how many problems a report lists before it stops counting. */
public record RosterLimits(long maxBytes, int maxRows, int maxProblems) {

    public static final RosterLimits DEFAULT = new RosterLimits(10L * 1024 * 1024, 50_000, 5_000);

    public RosterLimits {
        if (maxBytes < 1 || maxRows < 1 || maxProblems < 1) {
            throw new IllegalArgumentException("roster limits must be positive: " + maxBytes + ", " + maxRows
                    + ", " + maxProblems);
        }
    }
}

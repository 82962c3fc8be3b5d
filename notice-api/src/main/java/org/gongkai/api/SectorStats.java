package org.gongkai.api;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One sector's disclosure statistics, over the notices its feed lists (published, concluded, archived, withdrawn;
 * proactive only). Maps are sorted by key; {@code byMonth} keys are {@code yyyy-MM} of publication (Asia/Shanghai),
 * {@code byRegion} keys the full 12-digit division codes; {@code calendar} says how far ahead its calendars reach.
 */
public record SectorStats(
        String sector,
        String displayName,
        Instant generatedAt,
        int notices,
        int inPublicity,
        int publishedLate,
        Map<String, Integer> byType,
        Map<String, String> typeNames,
        Map<String, Integer> byRegion,
        Map<String, Integer> byMonth,
        Objections objections,
        CalendarRunway calendar) {

    public SectorStats {
        byType = sorted(byType);
        typeNames = sorted(typeNames);
        byRegion = sorted(byRegion);
        byMonth = sorted(byMonth);
        objections = objections == null ? Objections.NONE : objections;
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }

    /**
     * Objections to the sector's notices: {@code answeredLate} were answered after their due date, {@code overdue}
     * are still unanswered past it.
     */
    public record Objections(int filed, int pending, int upheld, int dismissed, int answeredLate, int overdue) {

        public static final Objections NONE = new Objections(0, 0, 0, 0, 0, 0);

        public Objections plus(Objections other) {
            return new Objections(filed + other.filed, pending + other.pending, upheld + other.upheld,
                    dismissed + other.dismissed, answeredLate + other.answeredLate, overdue + other.overdue);
        }
    }
}

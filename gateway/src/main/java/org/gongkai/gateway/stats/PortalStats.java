package org.gongkai.gateway.stats;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.api.CalendarRunway;
import org.gongkai.api.SectorStats;
import org.gongkai.gateway.portal.SectorStatus;

/**
 * Disclosure statistics over every selected sector: notices by sector, type, region (division codes cut to
 * {@code regionDigits}) and month of publication; notices in publicity today; notices published after their time
 * limit; objections filed, upheld, answered late and overdue. Sectors that could not answer count for nothing and
 * are named in {@code sectors}; stale ones count with their last good figures. {@code calendars} says how far ahead
 * each sector's holiday calendars reach, and {@code calendarWarnings} repeats every sector's warning when fewer than
 * 45 days are left.
 */
public record PortalStats(
        Instant generatedAt,
        int regionDigits,
        int notices,
        int inPublicity,
        int publishedLate,
        Map<String, Integer> bySector,
        List<TypeCount> byType,
        Map<String, Integer> byRegion,
        Map<String, Integer> byMonth,
        SectorStats.Objections objections,
        Map<String, SectorStats.Objections> objectionsBySector,
        Map<String, CalendarRunway> calendars,
        List<String> calendarWarnings,
        Map<String, SectorStatus> sectors) {

    public record TypeCount(String sector, String type, String typeName, int count) {
    }

    public PortalStats {
        sectors = Collections.unmodifiableMap(new LinkedHashMap<>(sectors));
    }

    public boolean complete() {
        return sectors.values().stream().allMatch(SectorStatus::isOk);
    }
}

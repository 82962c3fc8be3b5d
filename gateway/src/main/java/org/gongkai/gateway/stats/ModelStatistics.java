package org.gongkai.gateway.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.api.CalendarRunway;
import org.gongkai.api.PublicNotice;
import org.gongkai.api.SectorStats;
import org.gongkai.gateway.readmodel.ModelEntry;

/**
 * One sector's disclosure statistics counted from the read model, by the sector's own rules: its listed notices
 * by type, region and month of publication, those in publicity today and those published late; the objections to
 * every public notice of it, listed or not.
 */
final class ModelStatistics {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private ModelStatistics() {
    }

    static SectorStats of(String sector, String displayName, Iterable<ModelEntry> entries, LocalDate today,
            Instant asOf, CalendarRunway calendar) {
        Map<String, Integer> byType = new HashMap<>();
        Map<String, String> typeNames = new HashMap<>();
        Map<String, Integer> byRegion = new HashMap<>();
        Map<String, Integer> byMonth = new HashMap<>();
        int notices = 0;
        int inPublicity = 0;
        int late = 0;
        SectorStats.Objections objections = SectorStats.Objections.NONE;
        for (ModelEntry entry : entries) {
            if (!entry.sector().equals(sector)) {
                continue;
            }
            if (entry.notice() != null) {
                objections = objections.plus(counts(entry.notice().objections(), today));
            }
            if (!entry.listed()) {
                continue;
            }
            notices++;
            byType.merge(entry.item().type(), 1, Integer::sum);
            typeNames.putIfAbsent(entry.item().type(), entry.item().typeName());
            byRegion.merge(entry.item().region() == null ? "" : entry.item().region(), 1, Integer::sum);
            byMonth.merge(MONTH.format(entry.publishedAt().atZone(SHANGHAI)), 1, Integer::sum);
            if ("IN_PUBLICITY".equals(entry.item().onDate(today).phase())) {
                inPublicity++;
            }
            if (entry.notice() != null && entry.notice().late()) {
                late++;
            }
        }
        return new SectorStats(sector, displayName, asOf, notices, inPublicity, late, byType, typeNames, byRegion,
                byMonth, objections, calendar);
    }

    private static SectorStats.Objections counts(PublicNotice.Objections o, LocalDate today) {
        if (o == null) {
            return SectorStats.Objections.NONE;
        }
        return new SectorStats.Objections(o.filed(), o.pending(), o.upheld(), o.dismissed(), o.answeredLate(),
                o.overdue(today));
    }
}

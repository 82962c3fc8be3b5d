package org.gongkai.gateway.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gongkai.api.CalendarRunway;
import org.gongkai.api.SectorStats;
import org.gongkai.gateway.portal.SectorAnswer;
import org.gongkai.gateway.portal.SectorClient;
import org.gongkai.gateway.portal.SectorClients;
import org.gongkai.gateway.portal.SectorStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Adds up every selected sector's statistics, gathered in parallel. */
@Service
public class PortalStatsService {

    private final SectorClients clients;

    public PortalStatsService(SectorClients clients) {
        this.clients = clients;
    }

    public Mono<PortalStats> stats(StatsQuery query) {
        return Flux.fromIterable(clients.select(query.sectors()))
                .flatMapSequential(SectorClient::stats)
                .collectList()
                .map(answers -> sum(answers, query.regionDigits()));
    }

    static PortalStats sum(List<SectorAnswer<SectorStats>> answers, int regionDigits) {
        Map<String, SectorStatus> statuses = new LinkedHashMap<>();
        Map<String, Integer> bySector = new LinkedHashMap<>();
        Map<String, SectorStats.Objections> objectionsBySector = new LinkedHashMap<>();
        Map<String, CalendarRunway> calendars = new LinkedHashMap<>();
        List<String> calendarWarnings = new ArrayList<>();
        List<PortalStats.TypeCount> byType = new ArrayList<>();
        Map<String, Integer> byRegion = new TreeMap<>();
        Map<String, Integer> byMonth = new TreeMap<>();
        SectorStats.Objections objections = SectorStats.Objections.NONE;
        Instant generatedAt = Instant.EPOCH;
        int notices = 0;
        int inPublicity = 0;
        int late = 0;
        for (SectorAnswer<SectorStats> answer : answers) {
            statuses.put(answer.sector(), answer.status());
            SectorStats stats = answer.value();
            if (stats == null) {
                continue;
            }
            notices += stats.notices();
            inPublicity += stats.inPublicity();
            late += stats.publishedLate();
            bySector.put(answer.sector(), stats.notices());
            stats.byType().forEach((type, count) -> byType.add(new PortalStats.TypeCount(answer.sector(), type,
                    stats.typeNames().getOrDefault(type, type), count)));
            stats.byRegion().forEach((region, count) -> byRegion.merge(cut(region, regionDigits), count, Integer::sum));
            stats.byMonth().forEach((month, count) -> byMonth.merge(month, count, Integer::sum));
            objections = objections.plus(stats.objections());
            objectionsBySector.put(answer.sector(), stats.objections());
            if (stats.calendar() != null) {
                calendars.put(answer.sector(), stats.calendar());
                if (stats.calendar().warning() != null) {
                    calendarWarnings.add(stats.displayName() + "：" + stats.calendar().warning());
                }
            }
            if (stats.generatedAt() != null && stats.generatedAt().isAfter(generatedAt)) {
                generatedAt = stats.generatedAt();
            }
        }
        byType.sort(Comparator.comparingInt(PortalStats.TypeCount::count).reversed());
        return new PortalStats(generatedAt, regionDigits, notices, inPublicity, late, bySector, byType, byRegion,
                byMonth, objections, objectionsBySector, calendars, calendarWarnings, statuses);
    }

    private static String cut(String region, int digits) {
        return region.length() <= digits ? region : region.substring(0, digits);
    }
}

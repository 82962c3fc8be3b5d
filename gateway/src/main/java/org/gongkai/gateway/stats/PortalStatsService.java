package org.gongkai.gateway.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.gongkai.gateway.readmodel.PortalReadModel;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Adds up every selected sector's statistics, gathered in parallel. */
/**
 * The portal's statistics: every selected sector's figures counted from the read model (so a sector that is down
 * still counts, as of its newest change the model holds), with the sector's calendar runway asked of the sector
 * itself (its last good answer when it fails; none when it never answered).
 */
@Service
public class PortalStatsService {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final SectorClients clients;
    private final PortalReadModel model;
    private final Clock clock;

    public PortalStatsService(SectorClients clients, PortalReadModel model, Clock clock) {
        this.clients = clients;
        this.model = model;
        this.clock = clock;
    }

    public Mono<PortalStats> stats(StatsQuery query) {
        LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
        return Flux.fromIterable(clients.select(query.sectors()))
                .flatMapSequential(client -> client.stats().map(asked -> counted(client, asked, today)))
                .collectList()
                .map(answers -> sum(answers, query.regionDigits()));
    }

    private SectorAnswer<SectorStats> counted(SectorClient client, SectorAnswer<SectorStats> asked, LocalDate today) {
        SectorStatus status = model.status(client.name());
        CalendarRunway calendar = asked.value() == null ? null : asked.value().calendar();
        String title = asked.value() == null ? client.title() : asked.value().displayName();
        Instant asOf = status.asOf() == null ? Instant.EPOCH : status.asOf();
        return new SectorAnswer<>(client.name(),
                ModelStatistics.of(client.name(), title, model.entries(), today, asOf, calendar), status);
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

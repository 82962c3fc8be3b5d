package org.gongkai.core.stats;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.api.SectorStats;
import org.gongkai.core.calendar.CalendarRunwayCheck;
import org.gongkai.core.calendar.PublicityPhase;
import org.gongkai.core.feed.internal.FeedEntry;
import org.gongkai.core.feed.internal.SectorFeed;
import org.gongkai.core.objection.Objection;
import org.gongkai.core.sector.SectorProperties;
import org.gongkai.core.time.Zones;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The sector's disclosure statistics, computed from the feed's read model (no store scan for the notices) and the
 * objections collection. Cached under the feed's version and a count of objection saves, so any change this
 * instance makes is seen at once; entries expire after a minute so other instances' objections show too.
 */
@Component
class SectorStatistics {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final SectorFeed feed;
    private final ReactiveMongoTemplate mongo;
    private final SectorProperties sector;
    private final Clock clock;
    private final CalendarRunwayCheck runway;
    private final AtomicLong objectionSaves = new AtomicLong();
    private final AsyncCache<String, SectorStats> cache = Caffeine.newBuilder()
            .maximumSize(4).expireAfterWrite(Duration.ofMinutes(1)).buildAsync();

    public SectorStatistics(SectorFeed feed, ReactiveMongoTemplate mongo, SectorProperties sector, Clock clock,
            CalendarRunwayCheck runway) {
        this.feed = feed;
        this.runway = runway;
        this.mongo = mongo;
        this.sector = sector;
        this.clock = clock;
    }

    /** The key the current statistics are cached under; changes whenever they may. */
    public String version() {
        return feed.version() + "." + objectionSaves.get();
    }

    public Mono<SectorStats> current() {
        return Mono.fromFuture(() -> cache.get(version(), (key, executor) -> compute().toFuture()), true);
    }

    @EventListener
    void onSave(AfterSaveEvent<?> event) {
        if (event.getSource() instanceof Objection) {
            objectionSaves.incrementAndGet();
        }
    }

    private Mono<SectorStats> compute() {
        return feed.entries()
                .zipWith(mongo.findAll(Objection.class).collectList())
                .map(both -> of(both.getT1(), both.getT2()));
    }

    private SectorStats of(List<FeedEntry> entries, List<Objection> objections) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> byType = new HashMap<>();
        Map<String, String> typeNames = new HashMap<>();
        Map<String, Integer> byRegion = new HashMap<>();
        Map<String, Integer> byMonth = new HashMap<>();
        int inPublicity = 0;
        int late = 0;
        for (FeedEntry entry : entries) {
            byType.merge(entry.type(), 1, Integer::sum);
            typeNames.putIfAbsent(entry.type(), entry.typeName());
            byRegion.merge(entry.region() == null ? "" : entry.region(), 1, Integer::sum);
            byMonth.merge(MONTH.format(entry.publishedAt().atZone(Zones.SHANGHAI)), 1, Integer::sum);
            if (entry.phase(today) == PublicityPhase.IN_PUBLICITY) {
                inPublicity++;
            }
            if (entry.late()) {
                late++;
            }
        }
        return new SectorStats(sector.name(), sector.displayName(), clock.instant(), entries.size(), inPublicity, late,
                byType, typeNames, byRegion, byMonth, objectionCounts(objections, today), runway.current());
    }

    private static SectorStats.Objections objectionCounts(List<Objection> objections, LocalDate today) {
        int pending = 0;
        int upheld = 0;
        int dismissed = 0;
        int answeredLate = 0;
        int overdue = 0;
        for (Objection o : objections) {
            switch (o.outcome()) {
                case PENDING -> {
                    pending++;
                    if (o.answerDueBy() != null && today.isAfter(o.answerDueBy())) {
                        overdue++;
                    }
                }
                case UPHELD -> upheld++;
                case DISMISSED -> dismissed++;
            }
            if (o.answeredLate()) {
                answeredLate++;
            }
        }
        return new SectorStats.Objections(objections.size(), pending, upheld, dismissed, answeredLate, overdue);
    }
}

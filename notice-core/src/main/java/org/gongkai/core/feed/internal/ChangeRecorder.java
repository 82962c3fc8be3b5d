package org.gongkai.core.feed.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.api.change.ChangeKind;
import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeStatus;
import org.gongkai.core.notice.PublicChange;
import org.gongkai.core.time.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Takes every public change into the {@link ChangeLog}. A save the public can see carries its change in the same
 * write ({@code pendingChange}, an outbox, so nothing is lost without transactions): this instance records it at
 * once and then clears it; a save whose writer died before recording is found by the sweep. Recording is keyed
 * by notice and version, so the writer and the sweep both recording it leave one entry. Rosters leaving public
 * view (their retention ended yesterday) are recorded each morning.
 */
@Component
class ChangeRecorder {

    private static final Logger log = LoggerFactory.getLogger(ChangeRecorder.class);

    private final ChangeLog changes;
    private final ReactiveMongoTemplate mongo;
    private final ChangeLogProperties properties;
    private final Clock clock;

    ChangeRecorder(ChangeLog changes, ReactiveMongoTemplate mongo, ChangeLogProperties properties, Clock clock) {
        this.changes = changes;
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void onPublicChange(PublicChange change) {
        record(change).doOnError(e -> log.warn("could not record the change of {} now; the sweep will: {}",
                change.noticeId(), e.toString())).onErrorComplete().subscribe();
    }

    Mono<Void> record(PublicChange change) {
        ChangeKind kind = change.kind() == null ? ChangeKind.UPDATED : change.kind();
        java.time.Instant at = change.at() == null ? clock.instant() : change.at();
        if (change.version() < 0) {
            return changes.append(change.noticeId() + "#" + change.cause(), change.noticeId(), kind.name(), at);
        }
        return changes.append(change.noticeId() + "@" + change.version(), change.noticeId(), kind.name(), at)
                .then(mongo.updateFirst(Query.query(Criteria.where("_id").is(change.noticeId())
                        .and("version").is(change.version())), new Update().unset("pendingChange"),
                        // by collection name: an update through the entity class would raise its @Version, and the
                        // writer's next save of the notice would fail its optimistic lock
                        mongo.getCollectionName(Notice.class)))
                .then();
    }

    /** Saves older than the outbox age whose change is still pending: their writer did not get to it. */
    @Scheduled(initialDelayString = "${gongkai.feed.changes.outbox-sweep:1m}",
            fixedDelayString = "${gongkai.feed.changes.outbox-sweep:1m}")
    void sweep() {
        sweepOutbox().count().doOnNext(n -> {
            if (n > 0) {
                log.info("change log: recorded {} changes their writers had not", n);
            }
        }).doOnError(e -> log.warn("outbox sweep failed, will retry: {}", e.toString())).onErrorComplete().subscribe();
    }

    Flux<Notice> sweepOutbox() {
        Query pending = Query.query(Criteria.where("pendingChange").ne(null)
                .and("updatedAt").lt(clock.instant().minus(properties.outboxAge())));
        return mongo.find(pending, Notice.class).concatMap(n -> record(PublicChange.of(n)).thenReturn(n));
    }

    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Shanghai")
    void morning() {
        retireRosters(LocalDate.now(clock.withZone(Zones.SHANGHAI)).minusDays(1)).subscribe();
    }

    /** Notices whose roster was public up to {@code lastDay} and has left public view since. */
    Mono<Void> retireRosters(LocalDate lastDay) {
        Query ended = Query.query(Criteria.where("roster.publicUntil").is(lastDay)
                .and("disclosure").is(Disclosure.PROACTIVE).and("status").in(NoticeStatus.LISTED));
        return mongo.find(ended, Notice.class)
                .concatMap(n -> changes.append(n.id() + "#roster-retired", n.id(), ChangeKind.ROSTER_RETIRED.name()))
                .doOnError(e -> log.warn("could not record retired rosters of {}: {}", lastDay, e.toString()))
                .onErrorComplete().then();
    }
}

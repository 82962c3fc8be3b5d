package org.gongkai.core.notice;

import java.time.Clock;
import org.gongkai.core.feed.internal.SectorFeed;
import org.gongkai.core.roster.RosterReports;
import org.gongkai.core.roster.RosterRows;
import org.gongkai.core.roster.RosterUpload;
import org.gongkai.core.roster.internal.RosterUploadRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import org.gongkai.core.notice.internal.NoticeRepository;
import org.gongkai.core.notice.internal.NoticeStore;

/**
 * The jobs the store cannot do by itself (no transactions, no TTL on the embedded store): finish a correction whose
 * predecessor was not yet marked superseded, remove rows of refused, failed (see roster.UploadWorker) and replaced uploads and expired problem reports, and drop cached
 * public pages when the date turns (phases and days left change at midnight).
 */
@Component
class Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    private final NoticeRepository notices;
    private final NoticeStore store;
    private final RosterUploadRepository uploads;
    private final RosterRows rows;
    private final RosterReports reports;
    private final SectorFeed feed;
    private final Clock clock;

    Housekeeping(NoticeRepository notices, NoticeStore store, RosterUploadRepository uploads,
            RosterRows rows, RosterReports reports, SectorFeed feed, Clock clock) {
        this.notices = notices;
        this.store = store;
        this.uploads = uploads;
        this.rows = rows;
        this.reports = reports;
        this.feed = feed;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 0 * * *", zone = "Asia/Shanghai")
    void newDay() {
        feed.invalidateAll();
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT10M")
    void tidy() {
        repairSupersessions().thenMany(removeDeadRows()).then(reports.removeExpired())
                .doOnError(e -> log.warn("housekeeping failed, will retry", e)).onErrorComplete().subscribe();
    }

    Flux<Notice> repairSupersessions() {
        return notices.findByStatus(NoticeStatus.PUBLISHED).filter(n -> n.previousId() != null)
                .concatMap(n -> notices.findById(n.previousId())
                        .filter(prev -> prev.supersededBy() == null
                                && Transition.SUPERSEDE.allowedFrom(prev.status()))
                        .flatMap(prev -> {
                            prev.supersede(n.id(), systemActor(), clock.instant());
                            return store.save(prev);
                        }));
    }

    Flux<Void> removeDeadRows() {
        return uploads.findAll()
                .filter(u -> u.state() == RosterUpload.State.REJECTED || u.state() == RosterUpload.State.REPLACED
                        || u.state() == RosterUpload.State.FAILED)
                .concatMap(u -> rows.delete(u.id()));
    }

    private static org.gongkai.core.security.Actor systemActor() {
        return new org.gongkai.core.security.Actor("system", "系统", null, java.util.Set.of(), null);
    }
}

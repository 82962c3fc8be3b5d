package org.gongkai.core.demo;

import org.gongkai.api.FeedItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.bson.types.ObjectId;
import org.gongkai.core.calendar.PeriodCalculator;
import org.gongkai.core.catalog.Catalog;
import org.gongkai.core.catalog.CatalogRow;
import org.gongkai.core.content.HtmlSanitizer;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeDraft;
import org.gongkai.core.notice.NoticeRepository;
import org.gongkai.core.notice.NoticeStore;
import org.gongkai.core.notice.PublicationPlanner;
import org.gongkai.core.notice.Transition;
import org.gongkai.core.objection.Objection;
import org.gongkai.core.objection.ObjectionRepository;
import org.gongkai.core.privacy.FieldCipher;
import org.gongkai.core.roster.RosterUploadService;
import org.gongkai.core.sector.SectorProperties;
import org.gongkai.core.security.Actor;
import org.gongkai.core.security.Role;
import org.gongkai.core.time.Zones;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Plays notices through the real lifecycle at dates in the past, so demo data carries true periods, digests,
 * history and masked rosters. Only the clock is the demo's; every rule still applies.
 */
@Component
public class DemoScript {

    private final NoticeStore store;
    private final NoticeRepository repository;
    private final Catalog catalog;
    private final PeriodCalculator calculator;
    private final RosterUploadService rosters;
    private final ObjectionRepository objections;
    private final FieldCipher cipher;
    private final SectorProperties sector;

    public DemoScript(NoticeStore store, NoticeRepository repository, Catalog catalog, PeriodCalculator calculator,
            RosterUploadService rosters, ObjectionRepository objections, FieldCipher cipher, SectorProperties sector) {
        this.store = store;
        this.repository = repository;
        this.catalog = catalog;
        this.calculator = calculator;
        this.rosters = rosters;
        this.objections = objections;
        this.sector = sector;
        this.cipher = cipher;
    }

    public Actor editor(String region) {
        return new Actor("demo-editor-" + sector.name(), "演示起草人（" + sector.publisher() + "）", sector.name(),
                java.util.Set.of(Role.EDITOR, Role.ROSTER_UPLOADER), region);
    }

    public Actor reviewer(String region) {
        return new Actor("demo-reviewer-" + sector.name(), "演示审核人（" + sector.publisher() + "）", sector.name(),
                java.util.Set.of(Role.REVIEWER), region);
    }

    public Mono<Boolean> isEmpty() {
        return repository.count().map(count -> count == 0);
    }

    /** Drafts on {@code day}, attaches the roster (CSV bytes, may be null), and stops in review. */
    public Mono<Notice> inReview(NoticeDraft draft, LocalDate day, byte[] rosterCsv) {
        Actor editor = editor(draft.region());
        return drafted(draft, day, rosterCsv).flatMap(n -> {
            n.apply(Transition.SUBMIT, editor, at(day, 10), null);
            return store.save(n);
        });
    }

    /** Drafts, reviews and publishes on {@code day}, exactly as a department would have. */
    public Mono<Notice> published(NoticeDraft draft, LocalDate day, byte[] rosterCsv) {
        return drafted(draft, day, rosterCsv).flatMap(n -> reviewAndPublish(n, day));
    }

    /**
     * Publishes on {@code day} a correction of {@code previous} (a new version) with an amended roster (CSV bytes,
     * or null to keep the old one), and supersedes {@code previous}, exactly as a department would have.
     */
    public Mono<Notice> corrected(Notice previous, LocalDate day, byte[] rosterCsv) {
        Actor editor = editor(previous.region());
        Notice next = previous.correction(FeedItem.globalId(sector.name(), new ObjectId().toHexString()), editor, at(day, 9));
        Mono<Notice> saved = store.insert(next);
        if (rosterCsv != null) {
            saved = saved.flatMap(n -> rosters.upload(editor, n, "名单（更正）.csv", temp(rosterCsv), false))
                    .then(Mono.defer(() -> store.require(next.id())));
        }
        return saved.flatMap(n -> reviewAndPublish(n, day)).flatMap(published -> store.require(previous.id())
                .flatMap(old -> {
                    old.supersede(published.id(), reviewer(old.region()), at(day, 15));
                    return store.save(old);
                }).thenReturn(published));
    }

    private Mono<Notice> reviewAndPublish(Notice n, LocalDate day) {
        Actor reviewer = reviewer(n.region());
        CatalogRow row = catalog.require(n.catalogRow());
        n.apply(Transition.SUBMIT, editor(n.region()), at(day, 10), null);
        n.apply(Transition.APPROVE, reviewer, at(day, 11), "保密审查通过");
        Instant publishedAt = at(day, 15);
        Clock then = Clock.fixed(publishedAt, Zones.SHANGHAI);
        n.publish(new PublicationPlanner(calculator, then).plan(n, row, publishedAt), reviewer, publishedAt);
        return store.save(n);
    }

    public Mono<Notice> concluded(Notice notice, LocalDate day) {
        notice.apply(Transition.CONCLUDE, editor(notice.region()), at(day, 9), null);
        return store.save(notice);
    }

    public Mono<Objection> objection(Notice notice, LocalDate day, String name, String contact, String reason,
            boolean collectiveMember) {
        Objection o = new Objection(new ObjectId().toHexString(), null, notice.id(), null, reason, cipher.encrypt(name),
                cipher.encrypt(contact), collectiveMember, at(day, 16), answerDueBy(day), Objection.Outcome.PENDING,
                null, null, null, false, null);
        return objections.insert(o);
    }

    /** The sector's answer deadline, in working or calendar days as its configuration says (as ObjectionService). */
    private LocalDate answerDueBy(LocalDate filed) {
        return sector.objectionAnswerInWorkingDays() ? calculator.addWorkingDays(filed, sector.objectionAnswerDays())
                : filed.plusDays(sector.objectionAnswerDays());
    }

    private Mono<Notice> drafted(NoticeDraft draft, LocalDate day, byte[] rosterCsv) {
        Actor editor = editor(draft.region());
        CatalogRow row = catalog.require(draft.catalogRow());
        NoticeDraft clean = draft.withBody(HtmlSanitizer.sanitize(draft.body()));
        Notice notice = Notice.draft(FeedItem.globalId(sector.name(), new ObjectId().toHexString()), sector.name(),
                row.noticeType(), clean, editor, at(day, 9));
        Mono<Notice> saved = store.insert(notice);
        if (rosterCsv == null) {
            return saved;
        }
        return saved.flatMap(n -> rosters.upload(editor, n, "名单.csv", temp(rosterCsv), false))
                .then(Mono.defer(() -> store.require(notice.id())));
    }

    private static Path temp(byte[] bytes) {
        try {
            Path file = Files.createTempFile("demo-roster-", ".csv");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(Zones.SHANGHAI).toInstant();
    }
}

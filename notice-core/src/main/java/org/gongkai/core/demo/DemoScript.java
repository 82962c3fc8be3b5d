package org.gongkai.core.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.function.Supplier;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeDraft;
import org.gongkai.core.notice.NoticeService;
import org.gongkai.core.objection.Objection;
import org.gongkai.core.objection.ObjectionAnswer;
import org.gongkai.core.objection.ObjectionForm;
import org.gongkai.core.objection.ObjectionService;
import org.gongkai.core.roster.RosterUploadService;
import org.gongkai.core.sector.SectorProperties;
import org.gongkai.core.security.Actor;
import org.gongkai.core.security.Role;
import org.gongkai.core.time.StoryClock;
import org.gongkai.core.time.Zones;
import reactor.core.publisher.Mono;

/**
 * What a sector's {@link DemoStory} tells its story with: each step goes through the same services a clerk's
 * request does ({@link NoticeService}, the roster upload, {@link ObjectionService}), with the clock held at the
 * step's moment, so every sector rule and the privacy gate apply to demo data as to any other.
 */
public class DemoScript {

    private final NoticeService notices;
    private final RosterUploadService rosters;
    private final ObjectionService objections;
    private final SectorProperties sector;
    private final StoryClock clock;

    DemoScript(NoticeService notices, RosterUploadService rosters, ObjectionService objections,
            SectorProperties sector, StoryClock clock) {
        this.notices = notices;
        this.rosters = rosters;
        this.objections = objections;
        this.sector = sector;
        this.clock = clock;
    }

    /** The department's clerk for {@code region}: drafts, uploads rosters, concludes. */
    public Actor editor(String region) {
        return new Actor("demo-editor-" + sector.name(), "演示起草人（" + sector.publisher() + "）", sector.name(),
                Set.of(Role.EDITOR, Role.ROSTER_UPLOADER), region);
    }

    /** The department's reviewer for {@code region}: approves and publishes, never their own draft. */
    public Actor reviewer(String region) {
        return reviewer(region, "演示审核人（" + sector.publisher() + "）");
    }

    /** A reviewer of {@code region} named {@code name} (a village committee, a street office, a bureau). */
    public Actor reviewer(String region, String name) {
        return new Actor("demo-reviewer-" + sector.name() + "-" + region, name, sector.name(), Set.of(Role.REVIEWER),
                region);
    }

    /** Drafts on {@code day}, attaches the roster (CSV bytes, may be null), and submits it for review. */
    public Mono<Notice> inReview(NoticeDraft draft, LocalDate day, byte[] rosterCsv) {
        return drafted(draft, day, rosterCsv).flatMap(n -> submitted(n, day));
    }

    /** Drafts, submits, approves and publishes on {@code day}, exactly as a department would. */
    public Mono<Notice> published(NoticeDraft draft, LocalDate day, byte[] rosterCsv) {
        return inReview(draft, day, rosterCsv).flatMap(n -> approvedAndPublished(n, day));
    }

    /**
     * Publishes on {@code day} a correction of {@code previous} (a new version) whose content is {@code revision}
     * (or the previous content, when null) with an amended roster (CSV bytes, or null to keep the old one);
     * publishing it supersedes {@code previous}.
     */
    public Mono<Notice> corrected(Notice previous, NoticeDraft revision, LocalDate day, byte[] rosterCsv) {
        Actor editor = editor(previous.region());
        return on(day, 9, () -> notices.correct(editor, previous.id())
                        .flatMap(draft -> revision == null ? Mono.just(draft)
                                : notices.revise(editor, draft.id(), revision)))
                .flatMap(draft -> withRoster(draft, editor, rosterCsv, "名单（更正）.csv"))
                .flatMap(n -> submitted(n, day))
                .flatMap(n -> approvedAndPublished(n, day));
    }

    /** Ends the notice's publicity on {@code day} (its period must have ended and its rules allow it). */
    public Mono<Notice> concluded(Notice notice, LocalDate day) {
        return on(day, 9, () -> notices.conclude(editor(notice.region()), notice.id()));
    }

    /** A citizen's objection filed on {@code day} while the notice's publicity runs; its receipt number. */
    public Mono<String> objection(Notice notice, LocalDate day, String name, String contact, String reason,
            boolean collectiveMember) {
        ObjectionForm form = new ObjectionForm(name, contact, reason, null, collectiveMember);
        return on(day, 16, () -> objections.file(notice.id(), form)).map(ObjectionService.Receipt::id);
    }

    /** The department's answer to objection {@code objectionId} on {@code day}, given by {@code answeredBy}. */
    public Mono<Void> answered(Notice notice, String objectionId, LocalDate day, Objection.Outcome outcome,
            String reason, String answeredBy) {
        Actor actor = reviewer(notice.region(), answeredBy);
        return on(day, 16, () -> objections.answer(actor, objectionId, new ObjectionAnswer(outcome, reason))).then();
    }

    private Mono<Notice> drafted(NoticeDraft draft, LocalDate day, byte[] rosterCsv) {
        Actor editor = editor(draft.region());
        return on(day, 9, () -> notices.create(editor, draft))
                .flatMap(n -> withRoster(n, editor, rosterCsv, "名单.csv"));
    }

    private Mono<Notice> withRoster(Notice draft, Actor editor, byte[] rosterCsv, String fileName) {
        if (rosterCsv == null) {
            return Mono.just(draft);
        }
        Path file = temp(rosterCsv);
        return rosters.upload(editor, draft, fileName, file, false)
                .then(Mono.defer(() -> notices.get(editor, draft.id())))
                .doFinally(signal -> delete(file));
    }

    private Mono<Notice> submitted(Notice n, LocalDate day) {
        return on(day, 10, () -> notices.submit(editor(n.region()), n.id()));
    }

    private Mono<Notice> approvedAndPublished(Notice n, LocalDate day) {
        Actor reviewer = reviewer(n.region());
        return on(day, 11, () -> notices.approve(reviewer, n.id(), "保密审查通过"))
                .then(on(day, 15, () -> notices.publish(reviewer, n.id())));
    }

    /**
     * Runs {@code step} (a service call, core's or the sector's own) with the clock held at {@code hour}:00 of
     * {@code day} until the step is done, as a request at that moment would. Released before the step's result
     * goes on (not after, as {@code doFinally} would), so the next step holds its own moment.
     */
    public <T> Mono<T> on(LocalDate day, int hour, Supplier<Mono<T>> step) {
        return Mono.defer(() -> {
            clock.hold(instant(day, hour));
            return step.get();
        }).doOnTerminate(clock::release).doOnCancel(clock::release);
    }

    private static Instant instant(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(Zones.SHANGHAI).toInstant();
    }

    private static Path temp(byte[] bytes) {
        try {
            Path file = Files.createTempFile("demo-roster-", ".csv");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the system cleans its temp folder
        }
    }
}

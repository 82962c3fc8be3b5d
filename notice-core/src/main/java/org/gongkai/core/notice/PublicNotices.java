package org.gongkai.core.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.api.PublicNotice;
import org.gongkai.core.calendar.PublicityStatus;
import org.gongkai.core.notice.internal.NoticeRepository;
import org.gongkai.core.objection.ObjectionService;
import org.gongkai.core.sector.SectorProperties;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A notice's public form ({@link PublicNotice}), the one rendering its public detail and the change feed share:
 * content, period, validity, the versions of its series, the public steps of its history and its objection
 * counts; no people's names.
 */
@Component
public class PublicNotices {

    /** A series longer than this is not walked further (a correction of a correction of …). */
    private static final int MAX_VERSIONS = 50;

    private final NoticeRepository repository;
    private final NoticeTypes types;
    private final ObjectionService objections;
    private final SectorProperties sector;
    private final Clock clock;

    public PublicNotices(NoticeRepository repository, NoticeTypes types, ObjectionService objections,
            SectorProperties sector, Clock clock) {
        this.repository = repository;
        this.types = types;
        this.objections = objections;
        this.sector = sector;
        this.clock = clock;
    }

    public Mono<PublicNotice> render(Notice notice) {
        return render(List.of(notice)).next();
    }

    /** Several notices, in the order given, with their objections read at once. */
    public Flux<PublicNotice> render(List<Notice> notices) {
        if (notices.isEmpty()) {
            return Flux.empty();
        }
        return objections.summaries(notices.stream().map(Notice::id).toList())
                .flatMapMany(summaries -> Flux.fromIterable(notices)
                        .flatMapSequential(n -> versions(n).map(versions -> view(n, versions,
                                summaries.getOrDefault(n.id(), NONE))), 8));
    }

    private static final PublicNotice.Objections NONE = PublicNotice.Objections.NONE;

    /**
     * The public versions of the notice's series, oldest first, walked along its links by id (a lookup by key on
     * every store, where a query by series would scan the embedded one).
     */
    Mono<List<Notice>> versions(Notice n) {
        return chain(n.previousId(), Notice::previousId, MAX_VERSIONS).collectList()
                .zipWith(chain(n.supersededBy(), Notice::supersededBy, MAX_VERSIONS).collectList())
                .map(t -> {
                    List<Notice> all = new ArrayList<>(t.getT1());
                    all.add(n);
                    all.addAll(t.getT2());
                    return all.stream().filter(Notice::isPublic).sorted(Comparator.comparingInt(Notice::revision))
                            .toList();
                });
    }

    private Flux<Notice> chain(String id, Function<Notice, String> next, int left) {
        if (id == null || left == 0) {
            return Flux.empty();
        }
        return repository.findById(id).flatMapMany(v -> Flux.just(v).concatWith(chain(next.apply(v), next, left - 1)));
    }

    private PublicNotice view(Notice n, List<Notice> versions, PublicNotice.Objections summary) {
        String base = sector.apiPath() + "/public";
        PublicNotice.Period period = null;
        if (n.period() != null) {
            PublicityStatus status = PublicityStatus.of(n.period(), clock);
            boolean running = n.status() == NoticeStatus.PUBLISHED;
            period = new PublicNotice.Period(n.period().start(), n.period().end(), n.period().rule().describe(),
                    running ? status.phase().name() : "ENDED", running ? status.daysLeft() : 0);
        }
        PublicNotice.RosterInfo roster = null;
        if (n.roster() != null) {
            LocalDate until = n.roster().publicUntil();
            boolean withdrawn = until != null && LocalDate.now(clock).isAfter(until);
            roster = new PublicNotice.RosterInfo(n.roster().type(), n.roster().rows(),
                    base + "/notices/" + n.id() + "/roster", withdrawn, until);
        }
        List<PublicNotice.Attachment> files = n.attachments().stream().map(a -> new PublicNotice.Attachment(
                a.name(), a.kind(), a.size(), a.sha256(), base + "/attachments/" + a.id())).toList();
        List<PublicNotice.Version> revisions = versions.stream().map(v -> new PublicNotice.Version(v.id(),
                v.revision(), v.status().name(), v.publishedAt())).toList();
        List<PublicNotice.Step> steps = n.history().stream().filter(PublicNotices::isPublicStep)
                .map(h -> new PublicNotice.Step(h.action(), h.at(), publicNote(h))).toList();
        return new PublicNotice(n.id(), n.sector(), n.type(), types.find(n.type()).map(NoticeType::name)
                .orElse(n.type()), n.catalogRow(), n.title(), n.body(), n.payload(), n.region(), n.audience(),
                n.status().name(), n.status().displayName(), n.validity().name(), n.validity().displayName(),
                n.publishedAt(), period, n.dueBy(), n.late(), n.revision(), n.previousId(), n.supersededBy(),
                n.withdrawalReason(), n.digest(), base + "/notices/" + n.id() + "/canonical", roster, files,
                revisions, steps, summary, publicRecords(n.records()));
    }

    private static boolean isPublicStep(AuditEntry entry) {
        return entry.to() != null && entry.from() != entry.to() && NoticeStatus.PUBLIC.contains(entry.to());
    }

    private static String publicNote(AuditEntry entry) {
        return entry.to() == NoticeStatus.WITHDRAWN || entry.to() == NoticeStatus.SUPERSEDED ? entry.note() : null;
    }

    private static Map<String, Object> publicRecords(Map<String, Object> records) {
        return records;
    }
}

package org.gongkai.core.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.core.calendar.PublicityStatus;
import org.gongkai.core.content.ContentDigest;
import org.gongkai.core.feed.internal.PublicReadCache;
import org.gongkai.core.objection.ObjectionService;
import org.gongkai.core.objection.ObjectionSummary;
import org.gongkai.core.sector.SectorProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import org.gongkai.core.notice.internal.NoticeRepository;
import org.gongkai.core.notice.internal.NoticeStore;

/** Anonymous reads (the feed is {@code feed.SectorFeedController}): a notice's detail, its canonical content and digest verification. */
@RestController
@RequestMapping("/api/${gongkai.sector.name}/public")
class PublicNoticeController {

    private final NoticeStore store;
    private final NoticeRepository repository;
    private final PublicReadCache cache;
    private final NoticeTypes types;
    private final ObjectionService objections;
    private final SectorProperties sector;
    private final Clock clock;

    public PublicNoticeController(NoticeStore store, NoticeRepository repository, PublicReadCache cache, NoticeTypes types,
            ObjectionService objections, SectorProperties sector, Clock clock) {
        this.store = store;
        this.repository = repository;
        this.cache = cache;
        this.types = types;
        this.objections = objections;
        this.sector = sector;
        this.clock = clock;
    }

    public record Verification(String id, String digest, String expected, boolean match, String validity) {
    }

    @GetMapping("/notices/{id}")
    Mono<PublicNoticeView> detail(@PathVariable String id) {
        return cache.get("detail|" + id, () -> store.publicNotice(id)
                .flatMap(n -> repository.findBySeriesIdOrderByRevisionAsc(n.seriesId())
                .filter(Notice::isPublic).collectList()
                .zipWith(objections.summary(n.id()))
                .map(t -> view(n, t.getT1(), t.getT2()))));
    }

    /** The exact JSON the digest covers; hash it with SHA-256 to check any copy of the notice. */
    @GetMapping(value = "/notices/{id}/canonical", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<String> canonical(@PathVariable String id) {
        return store.publicNotice(id).map(n -> ContentDigest.canonicalJson(CanonicalNotice.of(n)));
    }

    @GetMapping("/notices/{id}/verify")
    Mono<Verification> verify(@PathVariable String id, @RequestParam String digest) {
        return store.publicNotice(id).map(n -> {
            String actual = ContentDigest.sha256Hex(CanonicalNotice.of(n));
            boolean intact = actual.equals(n.digest());
            return new Verification(n.id(), digest, n.digest(),
                    intact && n.digest().equalsIgnoreCase(digest.trim()), n.validity().name());
        });
    }

    private PublicNoticeView view(Notice n, List<Notice> versions, ObjectionSummary summary) {
        String base = sector.apiPath() + "/public";
        PublicNoticeView.Period period = null;
        if (n.period() != null) {
            PublicityStatus status = PublicityStatus.of(n.period(), clock);
            boolean running = n.status() == NoticeStatus.PUBLISHED;
            period = new PublicNoticeView.Period(n.period().start(), n.period().end(), n.period().rule().describe(),
                    running ? status.phase().name() : "ENDED", running ? status.daysLeft() : 0);
        }
        PublicNoticeView.RosterInfo roster = null;
        if (n.roster() != null) {
            LocalDate until = n.roster().publicUntil();
            boolean withdrawn = until != null && LocalDate.now(clock).isAfter(until);
            roster = new PublicNoticeView.RosterInfo(n.roster().type(), n.roster().rows(),
                    base + "/notices/" + n.id() + "/roster", withdrawn, until);
        }
        List<PublicNoticeView.Attachment> files = n.attachments().stream().map(a -> new PublicNoticeView.Attachment(
                a.name(), a.kind(), a.size(), a.sha256(), base + "/attachments/" + a.id())).toList();
        List<PublicNoticeView.Version> revisions = versions.stream().map(v -> new PublicNoticeView.Version(v.id(),
                v.revision(), v.status().name(), v.publishedAt())).toList();
        List<PublicNoticeView.Step> steps = n.history().stream().filter(PublicNoticeController::isPublicStep)
                .map(h -> new PublicNoticeView.Step(h.action(), h.at(), publicNote(h))).toList();
        return new PublicNoticeView(n.id(), n.sector(), n.type(), types.find(n.type()).map(NoticeType::name)
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

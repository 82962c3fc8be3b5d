package org.gongkai.core.notice;

import org.gongkai.api.change.ChangeKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.calendar.PublicityPeriod;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;
import org.gongkai.core.security.Actor;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.gongkai.core.notice.internal.SearchText;

/**
 * A notice version. Its state only changes through {@link #apply}, which checks the lifecycle and records who did
 * what in the embedded history (embedded, so the change and its record are one atomic write). Published content is
 * never edited: {@link #correction} starts a new version.
 */
@Document("notices")
public class Notice {

    @Id
    private String id;
    @Version
    private Long version;
    private String sector;
    private String seriesId;
    private int revision;
    private String previousId;
    private String supersededBy;
    private String type;
    private String catalogRow;
    private String title;
    private String body;
    private Map<String, Object> payload;
    private String region;
    private String audience;
    private Disclosure disclosure;
    private String disclosureReason;
    private LocalDate informationFormedOn;
    private LocalDate requestedStart;
    private Integer publicityLength;
    private NoticeStatus status;
    private String authorId;
    private String authorName;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant publishedAt;
    private PublicityPeriod period;
    private LocalDate dueBy;
    private boolean late;
    private String digest;
    private String withdrawalReason;
    private List<String> rejectionReasons = new ArrayList<>();
    private List<AuditEntry> history = new ArrayList<>();
    private List<AttachmentRef> attachments = new ArrayList<>();
    private RosterRef roster;
    private Map<String, Object> records = new LinkedHashMap<>();
    private String searchText;
    /** The public change of the last save not yet in the change feed (an outbox: see feed.internal.ChangeRecorder). */
    private String pendingChange;

    protected Notice() {
    }

    public static Notice draft(String id, String sector, String type, NoticeDraft content, Actor author, Instant now) {
        Notice n = new Notice();
        n.id = id;
        n.sector = sector;
        n.seriesId = id;
        n.revision = 1;
        n.status = NoticeStatus.DRAFT;
        n.authorId = author.id();
        n.authorName = author.name();
        n.createdAt = now;
        n.type = type;
        n.write(content, now);
        n.record("起草", null, NoticeStatus.DRAFT, author, now, null);
        return n;
    }

    public void revise(String newType, NoticeDraft content, Actor actor, Instant now) {
        if (!status.editable()) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION,
                    "公告当前状态为「" + status.displayName() + "」，内容不能修改；已发布的公告请提交更正");
        }
        type = newType;
        write(content, now);
        record("修改", status, status, actor, now, null);
    }

    /** The single door for status changes: refuses any move the lifecycle does not allow. */
    public void apply(Transition transition, Actor actor, Instant now, String note) {
        if (!transition.allowedFrom(status)) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "公告当前状态为「" + status.displayName()
                    + "」，不能执行「" + transition.displayName() + "」");
        }
        if (transition == Transition.APPROVE || transition == Transition.REJECT) {
            if (actor.id().equals(authorId)) {
                throw new ProblemException(ProblemType.REVIEWER_IS_AUTHOR,
                        "谁发布谁审查、一事一审：审核人不能是起草人本人（" + authorName + "）");
            }
        }
        NoticeStatus from = status;
        status = transition.to();
        updatedAt = now;
        record(transition.displayName(), from, status, actor, now, note);
    }

    public void reject(List<String> reasons, Actor actor, Instant now) {
        apply(Transition.REJECT, actor, now, String.join("；", reasons));
        rejectionReasons = new ArrayList<>(reasons);
    }

    public void withdraw(String reason, Actor actor, Instant now) {
        apply(Transition.WITHDRAW, actor, now, reason);
        withdrawalReason = reason;
    }

    public void publish(Publication publication, Actor actor, Instant now) {
        apply(Transition.PUBLISH, actor, now, publication.late() ? "超过公开时限发布" : null);
        publishedAt = now;
        period = publication.period();
        dueBy = publication.dueBy();
        late = publication.late();
        if (roster != null && publication.rosterPublicUntil() != null) {
            roster = roster.withPublicUntil(publication.rosterPublicUntil());
        }
        digest = publication.digest();
    }

    public void supersede(String successorId, Actor actor, Instant now) {
        apply(Transition.SUPERSEDE, actor, now, "更正版本：" + successorId);
        supersededBy = successorId;
    }

    /** A new DRAFT version with this content; the public sees both and the link between them. */
    public Notice correction(String newId, Actor actor, Instant now) {
        if (status != NoticeStatus.PUBLISHED && status != NoticeStatus.CONCLUDED) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "只有已发布或公示结束的公告可以更正");
        }
        if (supersededBy != null) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "该公告已被更正为 " + supersededBy);
        }
        Notice next = draft(newId, sector, type, content(), actor, now);
        next.seriesId = seriesId;
        next.revision = revision + 1;
        next.previousId = id;
        // the correction restarts publicity on its own publication date; the old requested start has passed
        next.requestedStart = null;
        next.attachments = new ArrayList<>(attachments);
        next.roster = roster == null ? null : new RosterRef(roster.uploadId(), roster.type(), roster.rows(),
                roster.digest(), null);
        return next;
    }

    public void attachRoster(RosterRef ref, Actor actor, Instant now) {
        requireEditable();
        roster = ref;
        updatedAt = now;
        record("上传名单", status, status, actor, now, ref.rows() + "行");
    }

    public void addAttachment(AttachmentRef ref, Actor actor, Instant now) {
        requireEditable();
        attachments.add(ref);
        updatedAt = now;
        record("上传附件", status, status, actor, now, ref.name());
    }

    /** A fact recorded after publication that is not a content change (e.g. a hearing held). */
    public void recordFact(String key, Object value, String action, Actor actor, Instant now) {
        records.put(key, value);
        updatedAt = now;
        record(action, status, status, actor, now, null);
    }

    public NoticeDraft content() {
        return new NoticeDraft(catalogRow, title, body, payload, region, audience, disclosure, disclosureReason,
                informationFormedOn, requestedStart, publicityLength);
    }

    private void write(NoticeDraft content, Instant now) {
        catalogRow = content.catalogRow();
        title = content.title();
        body = content.body();
        payload = new LinkedHashMap<>(content.payload());
        region = content.region();
        audience = content.audience();
        disclosure = content.disclosure();
        disclosureReason = content.disclosureReason();
        informationFormedOn = content.informationFormedOn();
        requestedStart = content.publicationDate();
        publicityLength = content.publicityLength();
        searchText = SearchText.of(title, body);
        updatedAt = now;
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION,
                    "公告当前状态为「" + status.displayName() + "」，不能再修改名单或附件");
        }
    }

    private void record(String action, NoticeStatus from, NoticeStatus to, Actor actor, Instant at, String note) {
        history.add(new AuditEntry(action, from, to, actor.id(), actor.name(), at, note));
    }

    /**
     * What the public saw change with the last step: the lifecycle move it made if it made one (a published
     * correction is {@code CORRECTED}), otherwise {@code UPDATED}.
     */
    public ChangeKind lastPublicChange() {
        AuditEntry last = history.isEmpty() ? null : history.get(history.size() - 1);
        if (last == null || last.from() == last.to() || last.to() != status || !last.at().equals(updatedAt)) {
            return ChangeKind.UPDATED;
        }
        return switch (status) {
            case PUBLISHED -> previousId == null ? ChangeKind.PUBLISHED : ChangeKind.CORRECTED;
            case CONCLUDED -> ChangeKind.CONCLUDED;
            case ARCHIVED -> ChangeKind.ARCHIVED;
            case WITHDRAWN -> ChangeKind.WITHDRAWN;
            case SUPERSEDED -> ChangeKind.SUPERSEDED;
            default -> ChangeKind.UPDATED;
        };
    }

    /** Marks the change this save makes public, to be taken into the change feed (and cleared) after it. */
    public void markPendingChange(ChangeKind kind) {
        pendingChange = kind == null ? null : kind.name();
    }

    public ChangeKind pendingChange() {
        return pendingChange == null ? null : ChangeKind.valueOf(pendingChange);
    }

    public boolean isPublic() {
        return disclosure == Disclosure.PROACTIVE && publishedAt != null && NoticeStatus.PUBLIC.contains(status);
    }

    public Validity validity() {
        return Validity.of(status);
    }

    public String id() { return id; }
    public Long version() { return version; }
    public String sector() { return sector; }
    public String seriesId() { return seriesId; }
    public int revision() { return revision; }
    public String previousId() { return previousId; }
    public String supersededBy() { return supersededBy; }
    public String type() { return type; }
    public String catalogRow() { return catalogRow; }
    public String title() { return title; }
    public String body() { return body; }
    public Map<String, Object> payload() { return payload; }
    public String region() { return region; }
    public String audience() { return audience; }
    public Disclosure disclosure() { return disclosure; }
    public String disclosureReason() { return disclosureReason; }
    public LocalDate informationFormedOn() { return informationFormedOn; }
    public LocalDate requestedStart() { return requestedStart; }
    public Integer publicityLength() { return publicityLength; }
    public NoticeStatus status() { return status; }
    public String authorId() { return authorId; }
    public String authorName() { return authorName; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant publishedAt() { return publishedAt; }
    public PublicityPeriod period() { return period; }
    public LocalDate dueBy() { return dueBy; }
    public boolean late() { return late; }
    public String digest() { return digest; }
    public String withdrawalReason() { return withdrawalReason; }
    public List<String> rejectionReasons() { return List.copyOf(rejectionReasons); }
    public List<AuditEntry> history() { return List.copyOf(history); }
    public List<AttachmentRef> attachments() { return List.copyOf(attachments); }
    public RosterRef roster() { return roster; }
    public Map<String, Object> records() { return Map.copyOf(records); }
}

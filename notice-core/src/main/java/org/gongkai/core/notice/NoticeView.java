package org.gongkai.core.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.core.calendar.PublicityPeriod;

/** The department's full view of a notice version, history and reviewer names included. */
public record NoticeView(String id, String sector, String seriesId, int revision, String previousId,
        String supersededBy, String type, String catalogRow, String title, String body, Map<String, Object> payload,
        String region, String audience, Disclosure disclosure, String disclosureReason,
        LocalDate informationFormedOn, LocalDate publicationDate, Integer publicityLength, NoticeStatus status,
        String statusName, Validity validity, String authorId, String authorName, Instant createdAt,
        Instant updatedAt, Instant publishedAt, PublicityPeriod period, LocalDate dueBy, boolean late, String digest,
        String withdrawalReason, List<String> rejectionReasons, List<AuditEntry> history,
        List<AttachmentRef> attachments, RosterRef roster, Map<String, Object> records) {

    public static NoticeView of(Notice n) {
        return new NoticeView(n.id(), n.sector(), n.seriesId(), n.revision(), n.previousId(), n.supersededBy(),
                n.type(), n.catalogRow(), n.title(), n.body(), n.payload(), n.region(), n.audience(), n.disclosure(),
                n.disclosureReason(), n.informationFormedOn(), n.requestedStart(), n.publicityLength(), n.status(),
                n.status().displayName(), n.validity(), n.authorId(), n.authorName(), n.createdAt(), n.updatedAt(),
                n.publishedAt(), n.period(), n.dueBy(), n.late(), n.digest(), n.withdrawalReason(),
                n.rejectionReasons(), n.history(), n.attachments(), n.roster(), n.records());
    }
}

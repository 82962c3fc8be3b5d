package org.gongkai.gateway.notice;

import org.gongkai.api.PublicNotice;

import java.time.Instant;
import java.util.List;


/**
 * A notice's versions and its public history, taken from the sector's public detail: which version this is, which
 * it corrects and which corrects it, every published version, and each public status change (with the public note
 * of a withdrawal or a correction).
 */
public record NoticeHistory(String id, String sector, String title, int revision, String status, String validity,
        String previousId, String supersededBy, String withdrawalReason, String digest, List<Version> versions,
        List<Step> history) {

    public record Version(String id, int revision, String status, Instant publishedAt) {
    }

    public record Step(String action, Instant at, String note) {
    }

    /** The history part of a notice's public detail. */
    public static NoticeHistory of(PublicNotice notice) {
        List<Version> versions = notice.versions() == null ? List.of() : notice.versions().stream()
                .map(v -> new Version(v.id(), v.revision(), v.status(), v.publishedAt())).toList();
        List<Step> steps = notice.history() == null ? List.of() : notice.history().stream()
                .map(h -> new Step(h.action(), h.at(), h.note())).toList();
        return new NoticeHistory(notice.id(), notice.sector(), notice.title(), notice.revision(), notice.status(),
                notice.validity(), notice.previousId(), notice.supersededBy(), notice.withdrawalReason(),
                notice.digest(), versions, steps);
    }
}

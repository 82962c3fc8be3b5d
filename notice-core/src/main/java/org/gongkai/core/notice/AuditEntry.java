package org.gongkai.core.notice;

import java.time.Instant;

/** One recorded step of a notice's life: what, from which status to which, who and when, and why. */
public record AuditEntry(String action, NoticeStatus from, NoticeStatus to, String actorId, String actorName,
        Instant at, String note) {
}

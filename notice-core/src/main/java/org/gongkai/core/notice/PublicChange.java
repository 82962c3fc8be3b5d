package org.gongkai.core.notice;

import java.time.Instant;

import org.gongkai.api.change.ChangeKind;

/**
 * Published when something the public reads changed: cached pages and details are dropped at once, and the change
 * goes into the sector's public change feed.
 *
 * @param noticeId the notice
 * @param version  the notice's stored version this change made, or -1 when it is not a save of the notice
 * @param kind     what changed
 * @param cause    what distinguishes this change from another of the same notice version (an objection filed or
 *                 answered leaves the notice's version as it was); null for a save of the notice itself
 */
public record PublicChange(String noticeId, long version, ChangeKind kind, String cause, Instant at) {

    /**
     * A change to what the public reads of a notice that does not save the notice (its objections moved), made
     * {@code at} (null: when it is recorded).
     */
    public static PublicChange about(String noticeId, ChangeKind kind, String cause, Instant at) {
        return new PublicChange(noticeId, -1, kind, cause, at);
    }

    public static PublicChange about(String noticeId, ChangeKind kind, String cause) {
        return about(noticeId, kind, cause, null);
    }

    /** The change a save made, at the time of the save. */
    public static PublicChange of(Notice saved) {
        return new PublicChange(saved.id(), saved.version() == null ? 0 : saved.version(), saved.pendingChange(), null,
                saved.updatedAt());
    }
}

package org.gongkai.core.roster;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The header of one roster upload. Its rows are written under its id while {@code PROCESSING}; they become
 * visible only when the notice is pointed at this upload (one atomic write), so a failed upload leaves nothing.
 */
@Document("roster_uploads")
public record RosterUpload(@Id String id, String noticeId, String type, String fileName, String sha256,
        State state, int rowsRead, int rowsValid, List<RowProblem> problems, boolean truncated, String digest,
        String uploaderId, Instant createdAt, Instant finishedAt) {

    public enum State { PROCESSING, ACCEPTED, REJECTED, REPLACED }
}

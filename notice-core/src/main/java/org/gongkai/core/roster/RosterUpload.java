package org.gongkai.core.roster;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The header of one roster upload. Its rows are written under its id while {@code PROCESSING}; they become
 * visible only when the notice is pointed at this upload (one atomic write), so a failed upload leaves nothing.
 * {@code problems} lists the first problems by line, {@code problemCount} counts all of them, and {@code report}
 * is where the whole list can be downloaded as a spreadsheet. {@code worker}, {@code workerRun} and
 * {@code heartbeatAt} say which process works on it, so that one restarted finds its interrupted uploads.
 */
@Document("roster_uploads")
public record RosterUpload(@Id String id, String noticeId, String type, String fileName, String sha256,
        State state, int rowsRead, int rowsValid, List<RowProblem> problems, int problemCount, boolean truncated,
        String digest, String report, String uploaderId, Instant createdAt, Instant finishedAt,
        @JsonIgnore String worker, @JsonIgnore String workerRun, @JsonIgnore Instant heartbeatAt) {

    /** FAILED: the work stopped before an outcome (the service restarted); nothing was kept, upload again. */
    public enum State { PROCESSING, ACCEPTED, REJECTED, REPLACED, FAILED }

    public RosterUpload {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}

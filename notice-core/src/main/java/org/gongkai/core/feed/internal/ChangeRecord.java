package org.gongkai.core.feed.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry of the sector's public change log, written once and never changed. {@code seq} comes from the log's
 * counter, so it is unique and increasing across every instance sharing the store; {@code key} (unique) names the
 * change itself, so recording it twice — the writer and the outbox sweep both trying — leaves one entry. A
 * {@code hole} is a number that was drawn but never written (its writer died): it is filled so that readers can
 * pass it, and the writer, should it come back, draws another.
 */
@Document(ChangeRecord.COLLECTION)
record ChangeRecord(@Id long seq, @Indexed(unique = true) String key, String noticeId, String kind, Instant at,
        boolean hole) {

    static final String COLLECTION = "public_changes";

    static ChangeRecord hole(long seq, Instant at) {
        return new ChangeRecord(seq, "hole#" + seq, null, null, at, true);
    }
}

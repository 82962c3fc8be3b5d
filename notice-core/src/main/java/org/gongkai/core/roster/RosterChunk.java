package org.gongkai.core.roster;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A run of consecutive rows of one upload, stored as one document so that a 100,000-row roster is a few hundred
 * writes, not 100,000. Compact, the column keys written once: {@code columns} names them in order, {@code rows} holds
 * the de-identified rows as JSON arrays ({@code [[2,"王**","2302**********1234",…],…]}, the line first),
 * {@code sealed} the raw values of the same rows in the same order, encrypted. Rows are numbered from 0 across the
 * upload; this chunk holds {@code firstIndex}..{@code lastIndex}.
 */
@Document("roster_chunks")
@CompoundIndex(name = "upload_rows", def = "{'uploadId': 1, 'firstIndex': 1}")
record RosterChunk(@Id String id, String uploadId, int firstIndex, int lastIndex, java.util.List<String> columns,
        String rows, String sealed) {
}

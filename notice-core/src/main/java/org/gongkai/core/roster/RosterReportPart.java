package org.gongkai.core.roster;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One megabyte of an upload's problem report, sealed (the report repeats the uploaded cells). */
@Document("roster_report_parts")
@CompoundIndex(name = "upload_seq", def = "{'uploadId': 1, 'seq': 1}", unique = true)
record RosterReportPart(@Id String id, String uploadId, int seq, Instant createdAt, String sealed) {
}

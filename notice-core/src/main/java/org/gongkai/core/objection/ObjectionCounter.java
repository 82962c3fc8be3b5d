package org.gongkai.core.objection;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One counted key (a client's or a notice's hour, or one objection's fingerprint), raised atomically. */
@Document("objection_counters")
record ObjectionCounter(@Id String id, long count, Instant expiresAt) {
}

package org.gongkai.core.objection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.gongkai.core.privacy.FieldCipher;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Anonymous filing, limited: per client and per notice per clock hour (429 with {@code Retry-After}), and the same
 * objection (same notice, contact and text) taken once (409 naming the first one). Counters live in the store and
 * are raised atomically, so every instance of a sector shares them; client addresses and contacts are kept only as
 * keyed fingerprints.
 */
@Component
class ObjectionThrottle {

    private final ReactiveMongoTemplate mongo;
    private final ObjectionLimits limits;
    private final FieldCipher cipher;
    private final Clock clock;

    ObjectionThrottle(ReactiveMongoTemplate mongo, ObjectionLimits limits, FieldCipher cipher, Clock clock) {
        this.mongo = mongo;
        this.limits = limits;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Counts this attempt for its client and its notice; fails with 429 when either is over its hour's limit. */
    Mono<Void> admit(String noticeId, String client) {
        Instant now = clock.instant();
        long hour = now.getEpochSecond() / 3600;
        Instant nextHour = Instant.ofEpochSecond((hour + 1) * 3600);
        long retryAfter = Math.max(Duration.between(now, nextHour).toSeconds(), 1);
        return raise("client:" + cipher.fingerprint(client) + ":" + hour, nextHour)
                .flatMap(count -> count > limits.perClientPerHour()
                        ? Mono.error(tooMany("同一来源每小时最多提交" + limits.perClientPerHour() + "件异议", retryAfter))
                        : raise("notice:" + noticeId + ":" + hour, nextHour))
                .flatMap(count -> count > limits.perNoticePerHour()
                        ? Mono.error(tooMany("该公告本小时收到的异议已达" + limits.perNoticePerHour() + "件的上限", retryAfter))
                        : Mono.empty());
    }

    /** The keyed fingerprint of an objection's notice, contact and text, however spaced or cased. */
    String fingerprint(String noticeId, String contact, String reason) {
        return cipher.fingerprint(noticeId + '\u0000' + normalise(contact) + '\u0000' + normalise(reason));
    }

    /** True the first time a fingerprint is seen (kept until {@code keepUntil}). */
    Mono<Boolean> firstTime(String fingerprint, Instant keepUntil) {
        return raise("objection:" + fingerprint, keepUntil).map(count -> count == 1);
    }

    /** Forgets the expired counters (the embedded store has no TTL index). */
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    void removeExpired() {
        mongo.remove(Query.query(Criteria.where("expiresAt").lt(clock.instant())), ObjectionCounter.class)
                .onErrorComplete().subscribe();
    }

    private Mono<Long> raise(String key, Instant expiresAt) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(key)),
                new Update().inc("count", 1).set("expiresAt", expiresAt),
                FindAndModifyOptions.options().upsert(true).returnNew(true), ObjectionCounter.class)
                .map(ObjectionCounter::count);
    }

    private static ProblemException tooMany(String why, long retryAfterSeconds) {
        long minutes = (retryAfterSeconds + 59) / 60;
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, why + "，请" + minutes + "分钟后再提交")
                .retryAfter(retryAfterSeconds);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\p{Z}]+", "").toLowerCase(java.util.Locale.ROOT);
    }
}

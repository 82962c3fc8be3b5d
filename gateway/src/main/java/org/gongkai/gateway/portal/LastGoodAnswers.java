package org.gongkai.gateway.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * One sector's last good answer to each request (by key), kept for {@code staleFor} after it was given, so that
 * it can stand in, marked stale with the time it was given, when the sector fails the same request.
 */
final class LastGoodAnswers {

    private static final int MAX_ANSWERS = 2_000;

    private final String sector;
    private final Clock clock;
    private final Cache<String, LastGood> answers;

    private record LastGood(Object value, Instant at) {
    }

    LastGoodAnswers(String sector, Duration staleFor, Clock clock) {
        this(sector, staleFor, clock, Ticker.systemTicker());
    }

    /** {@code ticker} measures how long an answer has been kept (tests pass one they move). */
    LastGoodAnswers(String sector, Duration staleFor, Clock clock, Ticker ticker) {
        this.sector = sector;
        this.clock = clock;
        this.answers = Caffeine.newBuilder().maximumSize(MAX_ANSWERS).expireAfterWrite(staleFor).ticker(ticker)
                .build();
    }

    /** Keeps {@code value} as the good answer to {@code key}, and returns it as this sector's ok answer. */
    <T> SectorAnswer<T> remember(String key, T value) {
        answers.put(key, new LastGood(value, clock.instant()));
        return SectorAnswer.ok(sector, value);
    }

    /**
     * What the portal shows when the sector failed {@code key} for {@code reason}: its last good answer marked
     * stale, or, when there is none still kept, no value, unavailable for {@code reason}.
     */
    @SuppressWarnings("unchecked")
    <T> SectorAnswer<T> insteadOf(String key, String reason) {
        LastGood last = answers.getIfPresent(key);
        return last == null ? SectorAnswer.unavailable(sector, reason)
                : new SectorAnswer<>(sector, (T) last.value(), SectorStatus.stale(reason, last.at()));
    }

    /** Forgets every kept answer. */
    void forget() {
        answers.invalidateAll();
    }
}

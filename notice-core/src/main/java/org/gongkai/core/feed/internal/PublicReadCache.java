package org.gongkai.core.feed.internal;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.PublicChange;
import org.gongkai.core.objection.Objection;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Public reads that still come from the store (a notice's detail with its versions and objection counts), cached
 * per key and dropped whenever this instance saves a public notice or an objection. Keys carry the date, because
 * phases and days left move at midnight; entries expire after a minute so that other instances' writes show too.
 */
@Component
public class PublicReadCache {

    private final Clock clock;
    private final AsyncCache<String, Object> cache = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).buildAsync();

    public PublicReadCache(Clock clock) {
        this.clock = clock;
    }

    /** A load that failed (a 404 for an unknown id is one): handed to the caller, never kept. */
    private record Failure(Throwable error) {
    }

    /**
     * The cached answer for {@code key}, loading it once however many ask at the same time. Errors are not kept, and
     * they reach the caller as a value rather than a failed future, so the cache does not log every 404 with a stack.
     */
    @SuppressWarnings("unchecked")
    public <T> Mono<T> get(String key, Supplier<Mono<T>> loader) {
        String dated = LocalDate.now(clock) + "|" + key;
        return Mono.fromFuture(() -> cache.get(dated, (k, executor) -> loader.get().map(value -> (Object) value)
                        .onErrorResume(error -> Mono.just(new Failure(error))).toFuture()), true)
                .flatMap(value -> {
                    if (value instanceof Failure failure) {
                        cache.synchronous().invalidate(dated);
                        return Mono.error(failure.error());
                    }
                    return Mono.just((T) value);
                });
    }

    public void invalidateAll() {
        cache.synchronous().invalidateAll();
    }

    @EventListener
    void onPublicChange(PublicChange change) {
        invalidateAll();
    }

    @EventListener
    void onSave(AfterSaveEvent<?> event) {
        if (event.getSource() instanceof Objection
                || (event.getSource() instanceof Notice notice && notice.isPublic())) {
            invalidateAll();
        }
    }
}

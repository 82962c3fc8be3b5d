package org.gongkai.core.feed.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.gongkai.api.FeedCursor;
import org.gongkai.api.FeedPage;
import org.gongkai.api.index.FeedIndex;
import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeStatus;
import org.gongkai.core.notice.PublicChange;
import org.gongkai.core.time.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The sector's public feed, served from an in-memory read model of its listed public notices (proactive; published,
 * concluded, archived or withdrawn), newest first by (publishedAt, id), keyset-paged with the cursor every sector
 * shares. Hot public reads never query the store: the embedded store scans on every query.
 *
 * <p>The model is loaded once at start-up, updated at once from every notice this instance saves (Spring Data's
 * after-save event, and {@link PublicChange}), and refreshed by reading the notices whose {@code updatedAt} moved,
 * so that several instances sharing one MongoDB converge. Every copy carries the document's optimistic-lock
 * version, and an older copy never replaces a newer one, whichever way each arrives.
 */
@Component
public class SectorFeed {

    private static final Logger log = LoggerFactory.getLogger(SectorFeed.class);
    private static final String[] FIELDS = {"_id", "version", "sector", "type", "title", "body", "region", "audience",
        "status", "disclosure", "publishedAt", "period", "revision", "digest", "late", "updatedAt"};

    private static final java.time.Duration LOAD_WAIT = java.time.Duration.ofSeconds(30);

    private final ReactiveMongoTemplate mongo;
    private final FeedItems items;
    private final FeedProperties properties;
    private final Clock clock;
    private final FeedIndex<FeedEntry> index = new FeedIndex<>();
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();
    private final AtomicReference<Instant> newestChange = new AtomicReference<>(Instant.EPOCH);
    private final java.util.concurrent.atomic.AtomicBoolean loading = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile Instant lastFullReload = Instant.EPOCH;
    private volatile Disposable refreshing;
    private volatile long dayShift;

    public SectorFeed(ReactiveMongoTemplate mongo, FeedItems items, FeedProperties properties, Clock clock) {
        this.mongo = mongo;
        this.items = items;
        this.properties = properties;
        this.clock = clock;
    }

    public Mono<FeedPage> page(FeedQuery query) {
        if (loaded.isDone()) {
            return Mono.fromSupplier(() -> serve(query));
        }
        return untilLoaded().then(Mono.fromSupplier(() -> serve(query)));
    }

    /** Every listed entry, once loaded; for statistics. */
    public Mono<List<FeedEntry>> entries() {
        return untilLoaded().then(Mono.fromSupplier(() -> List.copyOf(index.all())));
    }

    /** Waits for the first load, but not for ever: a store that cannot be read fails the request instead. */
    private Mono<Void> untilLoaded() {
        return Mono.fromFuture(loaded, true).timeout(LOAD_WAIT);
    }

    /**
     * Changes whenever what the feed would answer changes: an entry, or the date (phases and days left move at
     * midnight). Part of the feed's ETag and the key of cached statistics.
     */
    public String version() {
        return index.generation() + "." + dayShift + "." + LocalDate.now(clock);
    }

    public boolean isLoaded() {
        return loaded.isDone();
    }

    /** Called at midnight: phases and days left move with the date. */
    public void invalidateAll() {
        dayShift++;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Mono.defer(this::loadAll)
                .doOnNext(this::loadedWith)
                .doOnError(e -> log.error("feed read model failed to load; retrying on the next refresh", e))
                .onErrorComplete()
                .subscribe();
        refreshing = Flux.interval(properties.refreshInterval(), properties.refreshInterval())
                .onBackpressureDrop()
                .concatMap(tick -> refresh().onErrorResume(e -> {
                    log.warn("feed refresh failed, will retry: {}", e.toString());
                    return Mono.empty();
                }), 0)
                .subscribe();
    }

    private void loadedWith(long count) {
        if (loaded.complete(null)) {
            log.info("feed read model loaded: {} listed notices", count);
        }
    }

    @PreDestroy
    void stop() {
        Disposable running = refreshing;
        if (running != null) {
            running.dispose();
        }
    }

    /** A save by this instance: applied before the write's answer is sent, so a reader sees it at once. */
    @EventListener
    void onSave(AfterSaveEvent<?> event) {
        if (event.getSource() instanceof Notice notice) {
            apply(notice);
        }
    }

    @EventListener
    void onPublicChange(PublicChange change) {
        mongo.findById(change.noticeId(), Notice.class).doOnNext(this::apply)
                .doOnError(e -> log.warn("could not refresh notice {} in the feed: {}", change.noticeId(), e.toString()))
                .onErrorComplete().subscribe();
    }

    /** Reads what changed since the newest change seen (less an overlap), or everything when a full reload is due. */
    Mono<Long> refresh() {
        if (!loaded.isDone()) {
            return loadAll().doOnNext(this::loadedWith);
        }
        boolean full = lastFullReload.plus(properties.fullReload()).isBefore(clock.instant());
        Criteria changed = full ? new Criteria()
                : Criteria.where("updatedAt").gte(newestChange.get().minus(properties.refreshOverlap()));
        if (full) {
            lastFullReload = clock.instant();
        }
        return read(new Query(changed)).count();
    }

    private Mono<Long> loadAll() {
        if (!loading.compareAndSet(false, true)) {
            return Mono.empty();
        }
        lastFullReload = clock.instant();
        Criteria listed = Criteria.where("status").in(NoticeStatus.LISTED).and("disclosure").is(Disclosure.PROACTIVE)
                .and("publishedAt").ne(null);
        return read(new Query(listed)).count().doFinally(signal -> loading.set(false));
    }

    private Flux<Notice> read(Query query) {
        query.fields().include(FIELDS);
        return mongo.find(query, Notice.class).doOnNext(this::apply);
    }

    void apply(Notice notice) {
        boolean listed = notice.isPublic() && NoticeStatus.LISTED.contains(notice.status());
        long version = notice.version() == null ? 0 : notice.version();
        index.apply(notice.id(), version, listed ? items.entry(notice) : null);
        Instant updated = notice.updatedAt();
        if (updated != null) {
            newestChange.accumulateAndGet(updated, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    private FeedPage serve(FeedQuery query) {
        LocalDate today = LocalDate.now(clock);
        String keyword = query.keyword() == null ? null : query.keyword().toLowerCase(java.util.Locale.ROOT);
        FeedIndex.Position after = query.cursor() == null ? null : FeedIndex.Position.of(query.cursor());
        List<FeedEntry> found = index.page(after, filter(query, today), keyword, query.limit() + 1);
        boolean more = found.size() > query.limit();
        List<FeedEntry> page = more ? found.subList(0, query.limit()) : found;
        String next = more ? new FeedCursor(page.get(page.size() - 1).publishedAt(), page.get(page.size() - 1).id())
                .encode() : null;
        return new FeedPage(page.stream().map(entry -> entry.item(today)).toList(), next);
    }

    private static Predicate<FeedEntry> filter(FeedQuery query, LocalDate today) {
        Instant from = query.from() == null ? null : query.from().atStartOfDay(Zones.SHANGHAI).toInstant();
        Instant until = query.to() == null ? null : query.to().plusDays(1).atStartOfDay(Zones.SHANGHAI).toInstant();
        return entry -> (query.type() == null || query.type().equals(entry.type()))
                && (query.region() == null || (entry.region() != null && entry.region().startsWith(query.region())))
                && (from == null || !entry.publishedAt().isBefore(from))
                && (until == null || entry.publishedAt().isBefore(until))
                && (query.phase() == null || query.phase() == entry.phase(today));
    }
}

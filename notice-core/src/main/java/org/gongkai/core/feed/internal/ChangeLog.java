package org.gongkai.core.feed.internal;

import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The sector's public change log: every change the public can see, numbered in one order for every instance that
 * shares the store, so that a reader resumes from a number with no gap and no repeat.
 *
 * <p>Why a counter and not MongoDB's change streams: a change stream needs a replica set and its resume token
 * lives only as long as the oplog window, while a reader of the portal may come back after weeks; a numbered log
 * in a collection works the same on the embedded store and on a single real {@code mongod}, keeps what it
 * promises for as long as it is kept, and its position is a plain number a reader can store.
 *
 * <p>How: a writer draws the next number from the counter document ({@code $inc}, atomic on every store) and
 * inserts its entry under that number. Numbers can arrive out of order (two writers), so a reader is only ever
 * served up to the <em>settled</em> number: the highest one below which every number is written. A number drawn
 * but still unwritten after the settle window (its writer died) is filled as a hole — an insert under that
 * number, which a late writer then loses, drawing another. An entry, once written, never changes, so what an
 * instance has settled stays true for every instance.
 *
 * <p>The newest entries are kept in memory; a poll reads what other instances wrote, and the store only when
 * the counter says there is something this instance has not seen.
 */
@Component
public class ChangeLog {

    private static final Logger log = LoggerFactory.getLogger(ChangeLog.class);
    static final String COUNTER = "public_change_counter";
    private static final String COUNTER_ID = "log";
    private static final int STORE_PAGE = 2000;

    private final ReactiveMongoTemplate mongo;
    private final ChangeLogProperties properties;
    private final Clock clock;
    private final NavigableMap<Long, ChangeRecord> recent = new ConcurrentSkipListMap<>();
    /** When (System.nanoTime: elapsed time, not a date; the clock may be held) each missing number was first seen. */
    private final Map<Long, Long> missingSince = new ConcurrentHashMap<>();
    private final Sinks.Many<Long> settledSignal = Sinks.many().multicast().directBestEffort();
    private volatile String epoch;
    /** Every number up to here is written for good. */
    private volatile long settled;
    /** Memory holds every entry above this number up to {@link #settled}. */
    private volatile long floor;
    private volatile Disposable polling;
    private final Object settling = new Object();

    public ChangeLog(ReactiveMongoTemplate mongo, ChangeLogProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** A position in this log; {@code seq} 0 is before the first entry. */
    public record Position(String epoch, long seq) {

        public String token() {
            return epoch + "." + seq;
        }

        /** The position a token names, or null when it is not a token of any log. */
        public static Position parse(String token) {
            int dot = token == null ? -1 : token.lastIndexOf('.');
            if (dot < 1 || dot == token.length() - 1 || token.length() > 64) {
                return null;
            }
            try {
                long seq = Long.parseLong(token.substring(dot + 1));
                return seq < 0 ? null : new Position(token.substring(0, dot), seq);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        ready().subscribe();
        polling = reactor.core.publisher.Flux.interval(properties.pollInterval())
                .onBackpressureDrop()
                .concatMap(tick -> settle().onErrorResume(e -> {
                    log.warn("change log poll failed, will retry: {}", e.toString());
                    return Mono.empty();
                }), 0)
                .subscribe();
    }

    @PreDestroy
    void stop() {
        Disposable running = polling;
        if (running != null) {
            running.dispose();
        }
    }

    /** The log's identity (made once, the first time any instance starts on the store) and its unique key index. */
    Mono<String> ready() {
        if (epoch != null) {
            return Mono.just(epoch);
        }
        String fresh = HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
        Query counter = Query.query(Criteria.where("_id").is(COUNTER_ID));
        return mongo.indexOps(ChangeRecord.class).createIndex(new Index("key", Sort.Direction.ASC).unique())
                .then(mongo.upsert(counter, new Update().setOnInsert("epoch", fresh).setOnInsert("seq", 0L), COUNTER))
                .then(mongo.findOne(counter, Document.class, COUNTER))
                .map(doc -> {
                    epoch = doc.getString("epoch");
                    return epoch;
                });
    }

    /** Where the log stands now: every change up to here can be read. */
    public Mono<Position> head() {
        return ready().map(e -> new Position(e, settled));
    }

    /**
     * Records a change once: a second record of the same {@code key} leaves the first. Completes once the entry
     * is written (it is readable as soon as every number before it is).
     */
    public Mono<Void> append(String key, String noticeId, String kind) {
        return append(key, noticeId, kind, clock.instant());
    }

    /** {@link #append(String, String, String)} for a change made {@code at}. */
    public Mono<Void> append(String key, String noticeId, String kind, java.time.Instant at) {
        return ready().then(draw()).flatMap(seq -> {
            ChangeRecord entry = new ChangeRecord(seq, key, noticeId, kind, at, false);
            return mongo.insert(entry).doOnNext(this::remember).then(settle())
                    .onErrorResume(DuplicateKeyException.class, e -> lost(entry));
        });
    }

    /** The insert collided: either a reader filled our number as a hole (draw again) or the key is written. */
    private Mono<Void> lost(ChangeRecord entry) {
        return mongo.findById(entry.seq(), ChangeRecord.class)
                .map(found -> true).defaultIfEmpty(false)
                .flatMap(numberTaken -> numberTaken
                        ? append(entry.key(), entry.noticeId(), entry.kind(), entry.at())
                        // already recorded: fill the number we drew ourselves, so readers need not wait for it
                        : mongo.insert(ChangeRecord.hole(entry.seq(), clock.instant())).doOnNext(this::remember)
                                .onErrorResume(DuplicateKeyException.class, again -> Mono.empty()).then(settle()));
    }

    private Mono<Long> draw() {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(COUNTER_ID)), new Update().inc("seq", 1L),
                FindAndModifyOptions.options().returnNew(true), Document.class, COUNTER)
                .map(doc -> ((Number) doc.get("seq")).longValue());
    }

    private void remember(ChangeRecord entry) {
        if (entry.seq() > floor) {
            recent.put(entry.seq(), entry);
        }
    }

    /**
     * Moves the settled number as far as the written entries allow, reading the store for entries other
     * instances wrote, and filling numbers that stayed unwritten past the settle window.
     */
    Mono<Void> settle() {
        return ready().then(counter()).flatMap(head -> {
            if (head <= settled) {
                return Mono.empty();
            }
            boolean allHere = recent.subMap(settled, false, head, true).size() == head - settled;
            Mono<Void> fill = allHere ? Mono.empty() : readStore(settled, head);
            return fill.then(Mono.defer(() -> advance(head)));
        });
    }

    private Mono<Long> counter() {
        return mongo.findOne(Query.query(Criteria.where("_id").is(COUNTER_ID)), Document.class, COUNTER)
                .map(doc -> ((Number) doc.get("seq")).longValue()).defaultIfEmpty(0L);
    }

    /** Reads the entries numbered after {@code after} up to {@code head}, a page at a time. */
    private Mono<Void> readStore(long after, long head) {
        return mongo.find(Query.query(Criteria.where("_id").gt(after).lte(head))
                        .with(Sort.by("_id")).limit(STORE_PAGE), ChangeRecord.class)
                .doOnNext(this::remember).collectList()
                .doOnNext(page -> moveSettled(head)) // keeps memory bounded while a long log is read at start
                .flatMap(page -> page.size() < STORE_PAGE ? Mono.<Void>empty()
                        : readStore(page.get(page.size() - 1).seq(), head));
    }

    /** Moves the settled number over every written entry; the first missing number below {@code head}, or 0. */
    private long moveSettled(long head) {
        synchronized (settling) {
            long at = settled;
            while (at < head && recent.containsKey(at + 1)) {
                missingSince.remove(at + 1);
                at++;
            }
            if (at > settled) {
                settled = at;
                trim();
                settledSignal.tryEmitNext(at);
            }
            return at < head ? at + 1 : 0;
        }
    }

    private Mono<Void> advance(long head) {
        long number = moveSettled(head);
        if (number == 0) {
            return Mono.empty();
        }
        long since = missingSince.computeIfAbsent(number, n -> System.nanoTime());
        if (System.nanoTime() - since < properties.settleWindow().toNanos()) {
            return Mono.empty();
        }
        log.warn("change log: number {} was drawn but not written within {}; filling it as a hole", number,
                properties.settleWindow());
        return mongo.insert(ChangeRecord.hole(number, clock.instant()))
                .onErrorResume(DuplicateKeyException.class, e -> mongo.findById(number, ChangeRecord.class))
                .doOnNext(this::remember)
                .then(settle());
    }

    private void trim() {
        // only settled entries leave memory: above the settled number memory is what the log has seen
        while (recent.size() > properties.memory() && !recent.isEmpty() && recent.firstKey() <= settled) {
            Map.Entry<Long, ChangeRecord> oldest = recent.pollFirstEntry();
            floor = Math.max(floor, oldest.getKey());
        }
    }

    /** Up to {@code limit} entries after {@code after}, in order, holes included (a reader passes them). */
    public Mono<List<ChangeRecord>> after(long after, int limit) {
        long upTo = settled;
        if (after >= upTo) {
            return Mono.just(List.of());
        }
        if (after >= floor) {
            return Mono.just(recent.subMap(after, false, upTo, true).values().stream().limit(limit).toList());
        }
        return mongo.find(Query.query(Criteria.where("_id").gt(after).lte(upTo)).with(Sort.by("_id")).limit(limit),
                ChangeRecord.class).collectList();
    }

    /** Signals each time the settled number moves; for readers waiting on a caught-up position. */
    public Flux<Long> settledMoves() {
        return settledSignal.asFlux();
    }
}

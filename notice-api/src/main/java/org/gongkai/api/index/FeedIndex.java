package org.gongkai.api.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import org.gongkai.api.FeedCursor;

/**
 * A feed read model's store (a sector's, and the gateway's merged one): listed entries in feed order (newest first, then id descending, exactly
 * {@code FeedItem.ORDER}), the last version applied per notice so that an older copy never overwrites a newer one
 * whichever way it arrives (event, poll or load), and a bigram index for keywords. Reads take no lock; writes are
 * rare and serialised.
 */
public final class FeedIndex<E extends Indexed> {

    /** A keyset position; ordered like the feed. */
    public record Position(Instant publishedAt, String id) {
        public static final Comparator<Position> FEED_ORDER = Comparator.comparing(Position::publishedAt)
                .thenComparing(Position::id).reversed();

        public static Position of(FeedCursor cursor) {
            return new Position(cursor.publishedAt(), cursor.id());
        }
    }

    private record Applied(long version, Position position) {
    }

    /** Above this many candidates the ordered scan, which stops after a page of matches, is the better plan. */
    private static final int MAX_KEYWORD_CANDIDATES = 2_000;

    private final ConcurrentSkipListMap<Position, E> entries = new ConcurrentSkipListMap<>(Position.FEED_ORDER);
    private final Map<String, Applied> applied = new HashMap<>();
    private final BigramIndex<E> bigrams = new BigramIndex<>();
    private volatile long generation;

    /**
     * Records version {@code version} of notice {@code id}: listed when {@code entry} is given, otherwise gone from
     * the feed. Ignored when a newer version was applied already.
     *
     * @return whether the feed changed
     */
    public synchronized boolean apply(String id, long version, E entry) {
        Applied previous = applied.get(id);
        if (previous != null && previous.version() > version) {
            return false;
        }
        E current = previous == null || previous.position() == null ? null : entries.get(previous.position());
        if (previous != null && previous.version() == version && java.util.Objects.equals(current, entry)) {
            return false;
        }
        if (current != null) {
            entries.remove(previous.position());
            bigrams.remove(id);
        }
        Position position = null;
        if (entry != null) {
            position = new Position(entry.publishedAt(), entry.id());
            entries.put(position, entry);
            bigrams.add(entry);
        }
        applied.put(id, new Applied(version, position));
        generation++;
        return current != null || entry != null;
    }

    /** Forgets notice {@code id} altogether, its version too (its source was rebuilt from scratch). */
    public synchronized void remove(String id) {
        Applied previous = applied.remove(id);
        if (previous != null && previous.position() != null) {
            entries.remove(previous.position());
            bigrams.remove(id);
            generation++;
        }
    }

    /** Changes whenever the listed entries change: part of the feed's ETag. */
    public long generation() {
        return generation;
    }

    public int size() {
        return entries.size();
    }

    public Collection<E> all() {
        return entries.values();
    }

    /**
     * Up to {@code max} entries strictly after {@code after} (null: from the newest) that pass {@code filter}, in
     * feed order. With a keyword of two characters or more, the bigram index narrows the candidates first.
     */
    public List<E> page(Position after, Predicate<E> filter, String keyword, int max) {
        if (keyword != null && keyword.length() >= 2) {
            List<E> candidates = bigrams.candidates(keyword, MAX_KEYWORD_CANDIDATES);
            if (candidates != null) {
                return candidates.stream()
                        .filter(entry -> after == null
                                || Position.FEED_ORDER.compare(new Position(entry.publishedAt(), entry.id()), after) > 0)
                        .filter(entry -> entry.searchText().contains(keyword))
                        .filter(filter)
                        .sorted(Comparator.comparing((E entry) -> new Position(entry.publishedAt(), entry.id()),
                                Position.FEED_ORDER))
                        .limit(max)
                        .toList();
            }
        }
        NavigableMap<Position, E> rest = after == null ? entries : entries.tailMap(after, false);
        List<E> page = new ArrayList<E>(Math.min(max, 128));
        for (E entry : rest.values()) {
            if ((keyword == null || entry.searchText().contains(keyword)) && filter.test(entry)) {
                page.add(entry);
                if (page.size() == max) {
                    break;
                }
            }
        }
        return page;
    }
}

package org.gongkai.gateway.readmodel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.gongkai.api.FeedCursor;
import org.gongkai.api.FeedItem;
import org.gongkai.api.change.NoticeChange;
import org.gongkai.api.index.FeedIndex;
import org.gongkai.gateway.portal.FeedQuery;
import org.gongkai.gateway.portal.PortalFeed;
import org.gongkai.gateway.portal.PortalProperties;
import org.gongkai.gateway.portal.SectorStatus;
import org.springframework.stereotype.Component;

/**
 * The merged, searchable index of every public notice of every sector, answering the portal's feed, search,
 * filters, detail, digest check and history without calling a sector. Fed by {@link ChangeFeedTail}s; a notice's
 * copy with a lower stored version never replaces a higher one, so replays, overlaps and the order snapshots and
 * changes arrive in do not matter. Listed notices (the sector says which) are in the feed index; every public
 * notice, listed or not (superseded, withdrawn), is readable by id and by digest.
 */
@Component
public class PortalReadModel {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile FeedIndex<ModelEntry> listed = new FeedIndex<>();
    private final Map<String, ModelEntry> byId = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> byDigest = new ConcurrentHashMap<>();
    private final Map<String, SectorSync> syncs = new LinkedHashMap<>();
    private final Clock clock;
    private final Duration patience;
    private volatile long changes;

    public PortalReadModel(PortalProperties portal, ReadModelProperties properties, Clock clock) {
        this.clock = clock;
        this.patience = properties.longPoll().plus(properties.lagAfter());
        portal.sectors().forEach(sector -> syncs.put(sector.name(), new SectorSync(sector.name())));
    }

    /** Applies one change (or snapshot entry) from {@code sector}; false when a newer copy is there already. */
    public boolean apply(String sector, NoticeChange change) {
        return apply(ModelEntry.of(sector, change));
    }

    /** Applies one notice's copy; false when a newer copy is there already. */
    synchronized boolean apply(ModelEntry entry) {
        ModelEntry previous = byId.get(entry.id());
        if (previous != null && previous.version() > entry.version()) {
            return false;
        }
        if (previous != null && previous.equals(entry)) {
            return false;
        }
        if (previous != null) {
            forgetDigest(previous);
        }
        byId.put(entry.id(), entry);
        if (entry.notice() != null && entry.notice().digest() != null) {
            byDigest.computeIfAbsent(key(entry.notice().digest()), k -> ConcurrentHashMap.newKeySet()).add(entry.id());
        }
        listed.apply(entry.id(), entry.version(), entry.listed() ? entry : null);
        changes++;
        return true;
    }

    public Optional<ModelEntry> notice(String globalId) {
        return Optional.ofNullable(byId.get(globalId));
    }

    /** Every public notice whose published digest is {@code digest} (hex, any case, with or without "sha256:"). */
    public List<ModelEntry> withDigest(String digest) {
        Set<String> ids = byDigest.get(key(digest));
        return ids == null ? List.of() : ids.stream().map(byId::get).filter(e -> e != null).toList();
    }

    /** Every public notice, listed or not. */
    public Collection<ModelEntry> entries() {
        return byId.values();
    }

    /** Grows with every applied change: the file is rewritten only when it moved. */
    long changeCount() {
        return changes;
    }

    public int listedCount() {
        return listed.size();
    }

    public SectorSync sync(String sector) {
        return syncs.get(sector);
    }

    public Collection<SectorSync> syncs() {
        return syncs.values();
    }

    /** The sector's standing, as a portal answer names it. */
    public SectorStatus status(String sector) {
        return syncs.get(sector).status(clock.instant(), patience);
    }

    /** Seconds the model is behind {@code sector} (0 while it follows; -1 before it ever caught up). */
    public long lagSeconds(String sector) {
        return syncs.get(sector).lagSeconds(clock.instant(), patience);
    }

    /** The page of the merged feed a query asks for, with every selected sector's standing. */
    public PortalFeed page(FeedQuery query) {
        LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
        String keyword = query.q() == null ? null : query.q().toLowerCase(Locale.ROOT);
        FeedIndex.Position after = query.cursor() == null ? null : FeedIndex.Position.of(query.cursor());
        List<ModelEntry> found = listed.page(after, filter(query, today), keyword, query.limit() + 1);
        boolean more = found.size() > query.limit();
        List<FeedItem> items = found.subList(0, Math.min(query.limit(), found.size())).stream()
                .map(entry -> entry.item().onDate(today)).toList();
        String next = more ? FeedCursor.after(items.get(items.size() - 1)).encode() : null;
        Map<String, SectorStatus> statuses = new LinkedHashMap<>();
        query.sectors().forEach(sector -> statuses.put(sector, status(sector)));
        return new PortalFeed(items, next, statuses);
    }

    /** Forgets every notice of {@code sector} (its change log was rebuilt: its snapshot is the truth again). */
    public synchronized void dropSector(String sector) {
        List<ModelEntry> gone = byId.values().stream().filter(entry -> entry.sector().equals(sector)).toList();
        for (ModelEntry entry : gone) {
            byId.remove(entry.id());
            listed.remove(entry.id());
            forgetDigest(entry);
        }
        changes++;
    }

    /** Forgets everything and every sector's position (tests). */
    public synchronized void clear() {
        listed = new FeedIndex<>();
        byId.clear();
        byDigest.clear();
        syncs.values().forEach(SectorSync::forget);
    }

    private static Predicate<ModelEntry> filter(FeedQuery query, LocalDate today) {
        Instant from = query.from() == null ? null : query.from().atStartOfDay(SHANGHAI).toInstant();
        Instant until = query.to() == null ? null : query.to().plusDays(1).atStartOfDay(SHANGHAI).toInstant();
        Set<String> sectors = query.sectors();
        return entry -> sectors.contains(entry.sector())
                && (query.type() == null || query.type().equals(entry.item().type()))
                && (query.region() == null || (entry.item().region() != null
                        && entry.item().region().startsWith(query.region())))
                && (from == null || !entry.publishedAt().isBefore(from))
                && (until == null || entry.publishedAt().isBefore(until))
                && (query.phase() == null || query.phase().equals(entry.item().onDate(today).phase()));
    }

    private void forgetDigest(ModelEntry entry) {
        if (entry.notice() != null && entry.notice().digest() != null) {
            Set<String> ids = byDigest.get(key(entry.notice().digest()));
            if (ids != null) {
                ids.remove(entry.id());
            }
        }
    }

    private static String key(String digest) {
        String trimmed = digest.trim().toLowerCase(Locale.ROOT);
        return trimmed.startsWith("sha256:") ? trimmed.substring("sha256:".length()) : trimmed;
    }
}

package org.gongkai.gateway.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.gongkai.api.FeedCursor;
import org.gongkai.api.FeedItem;
import org.gongkai.gateway.web.PortalResponses;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Scatter-gather over the sectors. Each sector returns up to {@code limit} items strictly after the cursor, so the
 * first {@code limit} of their merge are exactly the next page of the whole feed, and the cursor after the last of
 * them continues it. Items published while a reader walks the feed are newer than the reader's cursor, so they
 * never appear in the rest of the walk and never push an item into a repeat.
 */
@Service
public class PortalFeedService {

    private final SectorClients clients;
    private final PortalResponses responses;
    private final AsyncCache<String, PortalResponses.Rendered> rendered;

    public PortalFeedService(SectorClients clients, PortalResponses responses, PortalProperties properties) {
        this.clients = clients;
        this.responses = responses;
        this.rendered = properties.mergeCacheFor().isZero() ? null : Caffeine.newBuilder()
                .maximumSize(10_000).expireAfterWrite(properties.mergeCacheFor()).buildAsync();
    }

    /**
     * The page as JSON, ready to send. A complete page is kept for {@code merge-cache-for} and shared by every
     * request for it meanwhile (also by those that arrive while it is being gathered): under load the sectors
     * see one call per page and period, not one per reader.
     */
    public Mono<PortalResponses.Rendered> rendered(FeedQuery query) {
        if (rendered == null) {
            return feed(query).map(feed -> responses.render(feed, feed.complete()));
        }
        String key = query.sectors() + "?" + query.sectorParameters();
        // an incomplete page is dropped once it is delivered, never from inside the loader: when every sector
        // fails at once the loader completes on this thread, inside the cache's own update of the key
        return Mono.fromFuture(() -> rendered.get(key, (k, executor) -> feed(query)
                        .map(feed -> responses.render(feed, feed.complete())).toFuture()), true)
                .doOnNext(page -> {
                    if (!page.complete()) {
                        rendered.synchronous().invalidate(key);
                    }
                });
    }

    /** Forgets every kept page. */
    public void forgetRendered() {
        if (rendered != null) {
            rendered.synchronous().invalidateAll();
        }
    }

    public Mono<PortalFeed> feed(FeedQuery query) {
        return Flux.fromIterable(clients.select(query.sectors()))
                .flatMapSequential(client -> client.feed(query))
                .collectList()
                .map(results -> merge(results, query.limit()));
    }

    /** The next page of the merged feed from each sector's next page (each at most {@code limit} items). */
    static PortalFeed merge(List<SectorResult> results, int limit) {
        List<FeedItem> merged = results.stream()
                .flatMap(result -> result.items().stream())
                .sorted(FeedItem.ORDER)
                .toList();
        List<FeedItem> page = merged.subList(0, Math.min(limit, merged.size()));
        boolean more = merged.size() > limit || results.stream().anyMatch(SectorResult::hasMore);
        return new PortalFeed(page, nextCursor(page, more), statuses(results));
    }

    private static String nextCursor(List<FeedItem> page, boolean more) {
        if (!more || page.isEmpty()) {
            return null;
        }
        return FeedCursor.after(page.get(page.size() - 1)).encode();
    }

    private static Map<String, SectorStatus> statuses(List<SectorResult> results) {
        Map<String, SectorStatus> statuses = new LinkedHashMap<>();
        results.forEach(result -> statuses.put(result.sector(), result.status()));
        return statuses;
    }
}

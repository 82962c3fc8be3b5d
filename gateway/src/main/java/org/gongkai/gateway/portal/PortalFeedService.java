package org.gongkai.gateway.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.api.FeedCursor;
import org.gongkai.api.FeedItem;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Scatter-gather over the sectors. Each sector returns up to {@code limit} items strictly after the cursor, so the
 * first {@code limit} of their merge are exactly the next page of the whole feed, and the cursor after the last of
 * them continues it.
 */
@Service
public class PortalFeedService {

    private final SectorClients clients;

    public PortalFeedService(SectorClients clients) {
        this.clients = clients;
    }

    public Mono<PortalFeed> feed(FeedQuery query) {
        return Flux.fromIterable(clients.select(query.sectors()))
                .flatMapSequential(client -> client.feed(query))
                .collectList()
                .map(results -> merge(results, query.limit()));
    }

    private PortalFeed merge(List<SectorResult> results, int limit) {
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

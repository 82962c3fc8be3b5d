package org.gongkai.gateway.portal;

import java.util.List;

import org.gongkai.api.FeedItem;
import org.gongkai.api.FeedPage;

/** One sector's part of a portal feed: its page, or why it has none. */
record SectorResult(String sector, List<FeedItem> items, boolean hasMore, SectorStatus status) {

    static SectorResult ok(String sector, FeedPage page) {
        return new SectorResult(sector, page.items(), page.nextCursor() != null, SectorStatus.ok());
    }

    static SectorResult unavailable(String sector, String reason) {
        return new SectorResult(sector, List.of(), false, SectorStatus.unavailable(reason));
    }
}

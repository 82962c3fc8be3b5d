package org.gongkai.gateway.portal;

import java.util.List;

import org.gongkai.api.FeedItem;
import org.gongkai.api.FeedPage;

/** One sector's part of a portal feed: its page (fresh or stale), or why it has none. */
record SectorResult(String sector, List<FeedItem> items, boolean hasMore, SectorStatus status) {

    static SectorResult of(SectorAnswer<FeedPage> answer) {
        FeedPage page = answer.value();
        return page == null ? new SectorResult(answer.sector(), List.of(), false, answer.status())
                : new SectorResult(answer.sector(), page.items(), page.nextCursor() != null, answer.status());
    }
}

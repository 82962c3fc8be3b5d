package org.gongkai.gateway.portal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.api.FeedItem;

/** A page of the merged feed: a FeedPage plus how each selected sector answered (ok, stale or unavailable). */
public record PortalFeed(List<FeedItem> items, String nextCursor, Map<String, SectorStatus> sectors) {

    public PortalFeed {
        items = List.copyOf(items);
        sectors = Collections.unmodifiableMap(new LinkedHashMap<>(sectors));
    }

    /** True when every sector answered fresh. */
    public boolean complete() {
        return sectors.values().stream().allMatch(SectorStatus::isOk);
    }
}

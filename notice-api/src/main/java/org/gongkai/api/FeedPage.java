package org.gongkai.api;

import java.util.List;

/** A page of a feed; {@code nextCursor} is null on the last page. */
public record FeedPage(List<FeedItem> items, String nextCursor) {
    public FeedPage {
        items = List.copyOf(items);
    }
}

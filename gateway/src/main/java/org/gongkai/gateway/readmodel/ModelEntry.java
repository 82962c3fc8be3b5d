package org.gongkai.gateway.readmodel;

import java.time.Instant;
import org.gongkai.api.FeedItem;
import org.gongkai.api.PublicNotice;
import org.gongkai.api.change.NoticeChange;
import org.gongkai.api.index.Indexed;

/**
 * One public notice in the portal's read model, as its sector last described it: the feed item, the text a keyword
 * matches and the public detail, with the stored version that orders copies of it.
 */
public record ModelEntry(String id, String sector, long version, boolean listed, FeedItem item, String searchText,
        PublicNotice notice) implements Indexed {

    static ModelEntry of(String sector, NoticeChange change) {
        return new ModelEntry(change.noticeId(), sector, change.version(), change.listed(), change.item(),
                change.searchText() == null ? "" : change.searchText(), change.notice());
    }

    @Override
    public Instant publishedAt() {
        return item.publishedAt();
    }
}

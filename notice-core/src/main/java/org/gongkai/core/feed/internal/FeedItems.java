package org.gongkai.core.feed.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.api.FeedItem;
import org.gongkai.core.content.HtmlText;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeType;
import org.gongkai.core.notice.NoticeTypes;
import org.gongkai.core.notice.internal.SearchText;
import org.springframework.stereotype.Component;

/** Maps a notice to the feed item every sector serves in the same shape, by way of its read-model entry. */
@Component
public class FeedItems {

    private static final int SUMMARY_LENGTH = 120;

    private final NoticeTypes types;
    private final Clock clock;

    public FeedItems(NoticeTypes types, Clock clock) {
        this.types = types;
        this.clock = clock;
    }

    public FeedItem of(Notice n) {
        return entry(n).item(LocalDate.now(clock));
    }

    public FeedEntry entry(Notice n) {
        String typeName = types.find(n.type()).map(NoticeType::name).orElse(n.type());
        String searchText = SearchText.of(n.title(), n.body());
        return new FeedEntry(n.id(), n.version() == null ? 0 : n.version(), n.sector(), n.type(), typeName,
                n.title(), summary(n), n.region(), n.audience(), n.status(), n.validity().name(), n.publishedAt(),
                n.period() == null ? null : n.period().start(), n.period() == null ? null : n.period().end(),
                n.revision(), n.digest(), n.late(), searchText);
    }

    private static String summary(Notice n) {
        if (n.body() == null) {
            return null;
        }
        String text = HtmlText.plain(n.body());
        return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH) + "…";
    }
}

package org.gongkai.core.feed;

import java.time.Clock;
import org.gongkai.api.FeedItem;
import org.gongkai.core.calendar.PublicityStatus;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeStatus;
import org.gongkai.core.notice.NoticeTypes;
import org.springframework.stereotype.Component;

/** Maps a notice to the feed item every sector serves in the same shape. */
@Component
public class FeedItems {

    private final NoticeTypes types;
    private final Clock clock;

    public FeedItems(NoticeTypes types, Clock clock) {
        this.types = types;
        this.clock = clock;
    }

    public FeedItem of(Notice n) {
        String phase = null;
        Integer daysLeft = null;
        if (n.period() != null) {
            PublicityStatus status = PublicityStatus.of(n.period(), clock);
            boolean running = n.status() == NoticeStatus.PUBLISHED;
            phase = running ? status.phase().name() : "ENDED";
            daysLeft = running ? status.daysLeft() : 0;
        }
        String typeName = types.find(n.type()).map(t -> t.name()).orElse(n.type());
        return new FeedItem(n.id(), n.sector(), n.type(), typeName, n.title(), summary(n), n.region(), n.audience(),
                n.status().name(), n.validity().name(), n.publishedAt(),
                n.period() == null ? null : n.period().start(), n.period() == null ? null : n.period().end(),
                phase, daysLeft, n.revision(), n.digest());
    }

    private static String summary(Notice n) {
        if (n.body() == null) {
            return null;
        }
        String text = org.gongkai.core.content.HtmlText.plain(n.body());
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}

package org.gongkai.core.feed.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.gongkai.api.FeedItem;
import org.gongkai.api.index.Indexed;
import org.gongkai.core.calendar.PublicityPhase;
import org.gongkai.core.notice.NoticeStatus;

/**
 * One listed public notice in the sector's read model: what its feed item shows, plus the plain lower-cased text a
 * keyword matches. Phase and days left depend on the date, so they are worked out when the item is served.
 */
public record FeedEntry(
        String id,
        long version,
        String sector,
        String type,
        String typeName,
        String title,
        String summary,
        String region,
        String audience,
        NoticeStatus status,
        String validity,
        Instant publishedAt,
        LocalDate publicityStart,
        LocalDate publicityEnd,
        int revision,
        String digest,
        boolean late,
        String searchText) implements Indexed {

    /** The publicity phase on {@code today}: null without a period; ENDED once the notice is no longer running. */
    public PublicityPhase phase(LocalDate today) {
        if (publicityEnd == null) {
            return null;
        }
        if (status != NoticeStatus.PUBLISHED || today.isAfter(publicityEnd)) {
            return PublicityPhase.ENDED;
        }
        return today.isBefore(publicityStart) ? PublicityPhase.SCHEDULED : PublicityPhase.IN_PUBLICITY;
    }

    public FeedItem item(LocalDate today) {
        PublicityPhase phase = phase(today);
        Integer daysLeft = null;
        if (phase != null) {
            daysLeft = phase == PublicityPhase.ENDED ? 0 : (int) ChronoUnit.DAYS.between(today, publicityEnd) + 1;
        }
        return new FeedItem(id, sector, type, typeName, title, summary, region, audience, status.name(), validity,
                publishedAt, publicityStart, publicityEnd, phase == null ? null : phase.name(), daysLeft, revision,
                digest);
    }
}

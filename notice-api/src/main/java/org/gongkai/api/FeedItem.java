package org.gongkai.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One public notice in a feed, the same shape from every sector. {@code id} is global ({@code land:…}), so items
 * from several sectors sort and merge by {@link #ORDER} without collisions.
 */
public record FeedItem(
        String id,
        String sector,
        String type,
        String typeName,
        String title,
        String summary,
        String region,
        String audience,
        String status,
        String validity,
        Instant publishedAt,
        LocalDate publicityStart,
        LocalDate publicityEnd,
        String phase,
        Integer daysLeft,
        int version,
        String digest) {

    /** Feed order: newest first, then id descending, the order {@link FeedCursor} walks. */
    public static final java.util.Comparator<FeedItem> ORDER = java.util.Comparator
            .comparing(FeedItem::publishedAt).thenComparing(FeedItem::id).reversed();

    /** The one id format across the suite: the sector's name, a colon, the sector's own id. */
    public static String globalId(String sector, String localId) {
        return sector + ":" + localId;
    }

    /** The sector part of a {@link #globalId(String, String) global id}, or "" when there is none. */
    public static String sectorOf(String globalId) {
        int colon = globalId.indexOf(':');
        return colon > 0 ? globalId.substring(0, colon) : "";
    }

    /** This item as it reads on {@code today}: phase and days left recomputed by {@link PublicityDates}. */
    public FeedItem onDate(LocalDate today) {
        String phase = PublicityDates.phase(publicityStart, publicityEnd, PublicNotice.RUNNING_STATUS.equals(status),
                today);
        return new FeedItem(id, sector, type, typeName, title, summary, region, audience, status, validity,
                publishedAt, publicityStart, publicityEnd, phase, PublicityDates.daysLeft(phase, publicityEnd, today),
                version, digest);
    }
}

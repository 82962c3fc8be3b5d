package org.gongkai.api.change;

import java.time.Instant;
import org.gongkai.api.FeedItem;
import org.gongkai.api.PublicNotice;

/**
 * One entry of a sector's public change feed.
 *
 * @param token      opaque position of this change; {@code after=token} resumes right after it
 * @param kind       what happened
 * @param at         when it happened (the sector's clock)
 * @param noticeId   the notice's global id
 * @param version    the notice's stored version when this entry was read: a reader keeps the highest version it has
 *                   seen and ignores older copies, so replays and overlaps are harmless
 * @param listed     whether the notice is listed in feeds now (the sector's rule; superseded and withdrawn are not)
 * @param item       the notice's feed item as of {@code asOf}'s date
 * @param searchText the plain, lower-cased text a keyword search matches (title and body)
 * @param notice     the notice's public form, as its public detail answers now
 */
public record NoticeChange(String token, ChangeKind kind, Instant at, String noticeId, long version, boolean listed,
        FeedItem item, String searchText, PublicNotice notice) {
}

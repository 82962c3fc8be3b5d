package org.gongkai.api.change;

import java.time.Instant;
import java.util.List;

/**
 * A page of a sector's public change feed, oldest first.
 *
 * @param changes the changes strictly after the {@code after} token asked for, in order
 * @param next    the token to ask with next time: the last change's, or the one asked with when there is none; a
 *                reader that stores it and asks again from it sees every later change exactly once
 * @param more    true when more changes are waiting (ask again at once); false when this page reached the end
 * @param asOf    the sector's clock when the page was read: everything up to here is in this page or earlier ones
 */
public record ChangePage(List<NoticeChange> changes, String next, boolean more, Instant asOf) {

    public ChangePage {
        changes = List.copyOf(changes);
    }
}

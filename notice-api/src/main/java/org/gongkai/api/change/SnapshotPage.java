package org.gongkai.api.change;

import java.time.Instant;
import java.util.List;

/**
 * A page of a sector's snapshot: every public notice (listed or not) in id order, each as a {@link ChangeKind#SNAPSHOT}
 * entry, for a reader starting from nothing. Take {@code token} from the first page, walk {@code cursor} to the
 * end, then follow the change feed from that token: anything that changed during the walk comes again there (the
 * notice's {@code version} tells which copy is newer).
 *
 * @param notices the next notices in id order
 * @param cursor  where the next page starts, null after the last
 * @param token   the change feed's position when this page was read
 * @param asOf    the sector's clock when the page was read
 */
public record SnapshotPage(List<NoticeChange> notices, String cursor, String token, Instant asOf) {

    public SnapshotPage {
        notices = List.copyOf(notices);
    }
}

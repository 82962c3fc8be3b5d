package org.gongkai.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedCursorTest {

    @Test
    void aCursorSurvivesEncodingWithItsIdIntact() {
        FeedCursor cursor = new FeedCursor(Instant.parse("2026-03-01T02:00:00Z"), "land:n-42|odd");
        assertThat(FeedCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void aTamperedCursorIsRefused() {
        assertThatThrownBy(() -> FeedCursor.decode("bm90LWEtY3Vyc29y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeedCursor.decode("%%%")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itemsAtTheSameInstantAreOrderedByIdSoNoneIsSkipped() {
        Instant t = Instant.parse("2026-03-01T02:00:00Z");
        FeedCursor cursor = new FeedCursor(t, "land:b");
        assertThat(cursor.isBefore(item("land:a", t))).isTrue();
        assertThat(cursor.isBefore(item("land:c", t))).isFalse();
        assertThat(cursor.isBefore(item("land:b", t))).isFalse();
        assertThat(cursor.isBefore(item("housing:z", t.minusMillis(1)))).isTrue();
    }

    static FeedItem item(String id, Instant at) {
        return new FeedItem(id, FeedItem.sectorOf(id), "T", "类型", "标题", null, "230202", "PUBLIC", "PUBLISHED",
                "IN_FORCE", at, null, null, "IN_PUBLICITY", 1, 1, "d");
    }
}

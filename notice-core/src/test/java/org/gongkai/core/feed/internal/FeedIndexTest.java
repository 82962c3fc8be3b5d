package org.gongkai.core.feed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.gongkai.api.FeedCursor;
import org.gongkai.api.FeedItem;
import org.gongkai.core.notice.NoticeStatus;
import org.junit.jupiter.api.Test;

class FeedIndexTest {

    static final Instant T = Instant.parse("2026-03-10T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 12);

    @Test
    void entriesComeInFeedItemOrderAndTheCursorIsExclusive() {
        FeedIndex index = new FeedIndex();
        index.apply("x:b", 1, entry("x:b", T, "甲"));
        index.apply("x:a", 1, entry("x:a", T, "乙"));
        index.apply("x:c", 1, entry("x:c", T.minusSeconds(1), "丙"));
        index.apply("x:d", 1, entry("x:d", T.plusSeconds(1), "丁"));

        List<FeedEntry> all = index.page(null, e -> true, null, 10);
        assertThat(all.stream().map(e -> e.item(TODAY)).toList()).isSortedAccordingTo(FeedItem.ORDER)
                .extracting(FeedItem::id).containsExactly("x:d", "x:b", "x:a", "x:c");
        FeedIndex.Position afterB = FeedIndex.Position.of(new FeedCursor(T, "x:b"));
        assertThat(index.page(afterB, e -> true, null, 10)).extracting(FeedEntry::id).containsExactly("x:a", "x:c");
    }

    @Test
    void anOlderVersionNeverReplacesANewerOneAndAnUnlistedVersionLeaves() {
        FeedIndex index = new FeedIndex();
        index.apply("x:1", 3, entry("x:1", T, "新标题"));

        assertThat(index.apply("x:1", 2, entry("x:1", T, "旧标题"))).isFalse();
        assertThat(index.page(null, e -> true, null, 10)).extracting(FeedEntry::title).containsExactly("新标题");

        assertThat(index.apply("x:1", 4, null)).isTrue();
        assertThat(index.size()).isZero();
        assertThat(index.page(null, e -> true, "新标题", 10)).isEmpty();
        // a stale listed copy arriving after the removal does not bring it back
        assertThat(index.apply("x:1", 3, entry("x:1", T, "新标题"))).isFalse();
        assertThat(index.size()).isZero();
    }

    @Test
    void sameVersionAgainChangesNothing() {
        FeedIndex index = new FeedIndex();
        index.apply("x:1", 1, entry("x:1", T, "标题"));
        long generation = index.generation();

        assertThat(index.apply("x:1", 1, entry("x:1", T, "标题"))).isFalse();
        assertThat(index.generation()).isEqualTo(generation);
    }

    @Test
    void keywordPagesFromTheBigramIndexEqualABruteForceScan() {
        Random random = new Random(7);
        String alphabet = "征地补偿安置方案公告街道社区救助名单住房保障";
        FeedIndex index = new FeedIndex();
        List<FeedEntry> live = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 30; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String id = "x:" + i;
            FeedEntry entry = entry(id, T.minusSeconds(random.nextInt(500)), text.toString());
            index.apply(id, 1, entry);
            live.add(entry);
            // some are replaced or removed, which leaves holes and rebuilds the postings
            if (i % 5 == 0) {
                index.apply(id, 2, null);
                live.remove(entry);
            }
        }
        live.sort(Comparator.comparing((FeedEntry e) -> e.item(TODAY), FeedItem.ORDER));

        for (int q = 0; q < 300; q++) {
            int length = 2 + random.nextInt(3);
            int start = random.nextInt(alphabet.length() - length);
            String keyword = q % 2 == 0 ? alphabet.substring(start, start + length) : randomWord(random, alphabet, length);
            FeedEntry pivot = live.get(random.nextInt(live.size()));
            FeedIndex.Position after = q % 3 == 0 ? null : new FeedIndex.Position(pivot.publishedAt(), pivot.id());
            List<String> expected = live.stream()
                    .filter(e -> after == null || FeedIndex.Position.FEED_ORDER
                            .compare(new FeedIndex.Position(e.publishedAt(), e.id()), after) > 0)
                    .filter(e -> e.searchText().contains(keyword))
                    .limit(21).map(FeedEntry::id).toList();

            assertThat(index.page(after, e -> true, keyword, 21)).extracting(FeedEntry::id)
                    .as("keyword %s", keyword).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void bigramsArePairsOfNeighbouringCharactersOnceEach() {
        assertThat(BigramIndex.bigramsOf("征地征地")).hasSize(2);
        assertThat(BigramIndex.bigramsOf("征")).isEmpty();
    }

    static String randomWord(Random random, String alphabet, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }

    static FeedEntry entry(String id, Instant at, String text) {
        return new FeedEntry(id, 1, "x", "T", "类型", text, null, "230202001001", "PUBLIC", NoticeStatus.PUBLISHED,
                "IN_FORCE", at, null, null, 1, "d", false, text);
    }
}

package org.gongkai.api.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.gongkai.api.FeedCursor;
import org.junit.jupiter.api.Test;

/** Ordering, versions and keyword narrowing of the feed index the sectors and the gateway share. */
class FeedIndexTest {

    static final Instant T = Instant.parse("2026-03-10T02:00:00Z");

    @Test
    void entriesComeInFeedItemOrderAndTheCursorIsExclusive() {
        FeedIndex<Entry> index = new FeedIndex<>();
        index.apply("x:b", 1, entry("x:b", T, "甲"));
        index.apply("x:a", 1, entry("x:a", T, "乙"));
        index.apply("x:c", 1, entry("x:c", T.minusSeconds(1), "丙"));
        index.apply("x:d", 1, entry("x:d", T.plusSeconds(1), "丁"));

        List<Entry> all = index.page(null, e -> true, null, 10);
        assertThat(all).extracting(Entry::id).containsExactly("x:d", "x:b", "x:a", "x:c");
        FeedIndex.Position afterB = FeedIndex.Position.of(new FeedCursor(T, "x:b"));
        assertThat(index.page(afterB, e -> true, null, 10)).extracting(Entry::id).containsExactly("x:a", "x:c");
    }

    @Test
    void anOlderVersionNeverReplacesANewerOneAndAnUnlistedVersionLeaves() {
        FeedIndex<Entry> index = new FeedIndex<>();
        index.apply("x:1", 3, entry("x:1", T, "新标题"));

        assertThat(index.apply("x:1", 2, entry("x:1", T, "旧标题"))).isFalse();
        assertThat(index.page(null, e -> true, null, 10)).extracting(Entry::searchText).containsExactly("新标题");

        assertThat(index.apply("x:1", 4, null)).isTrue();
        assertThat(index.size()).isZero();
        assertThat(index.page(null, e -> true, "新标题", 10)).isEmpty();
        // a stale listed copy arriving after the removal does not bring it back
        assertThat(index.apply("x:1", 3, entry("x:1", T, "新标题"))).isFalse();
        assertThat(index.size()).isZero();
    }

    @Test
    void sameVersionAgainChangesNothing() {
        FeedIndex<Entry> index = new FeedIndex<>();
        index.apply("x:1", 1, entry("x:1", T, "标题"));
        long generation = index.generation();

        assertThat(index.apply("x:1", 1, entry("x:1", T, "标题"))).isFalse();
        assertThat(index.generation()).isEqualTo(generation);
    }

    @Test
    void keywordPagesFromTheBigramIndexEqualABruteForceScan() {
        Random random = new Random(7);
        String alphabet = "征地补偿安置方案公告街道社区救助名单住房保障";
        FeedIndex<Entry> index = new FeedIndex<>();
        List<Entry> live = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 30; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String id = "x:" + i;
            Entry entry = entry(id, T.minusSeconds(random.nextInt(500)), text.toString());
            index.apply(id, 1, entry);
            live.add(entry);
            // some are replaced or removed, which leaves holes and rebuilds the postings
            if (i % 5 == 0) {
                index.apply(id, 2, null);
                live.remove(entry);
            }
        }
        live.sort(Comparator.comparing((Entry e) -> new FeedIndex.Position(e.publishedAt(), e.id()), FeedIndex.Position.FEED_ORDER));

        for (int q = 0; q < 300; q++) {
            int length = 2 + random.nextInt(3);
            int start = random.nextInt(alphabet.length() - length);
            String keyword = q % 2 == 0 ? alphabet.substring(start, start + length) : randomWord(random, alphabet, length);
            Entry pivot = live.get(random.nextInt(live.size()));
            FeedIndex.Position after = q % 3 == 0 ? null : new FeedIndex.Position(pivot.publishedAt(), pivot.id());
            List<String> expected = live.stream()
                    .filter(e -> after == null || FeedIndex.Position.FEED_ORDER
                            .compare(new FeedIndex.Position(e.publishedAt(), e.id()), after) > 0)
                    .filter(e -> e.searchText().contains(keyword))
                    .limit(21).map(Entry::id).toList();

            assertThat(index.page(after, e -> true, keyword, 21)).extracting(Entry::id)
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

    record Entry(String id, Instant publishedAt, String searchText) implements Indexed {
    }

    static Entry entry(String id, Instant at, String text) {
        return new Entry(id, at, text);
    }
}

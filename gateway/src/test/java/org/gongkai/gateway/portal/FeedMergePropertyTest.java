package org.gongkai.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gongkai.api.FeedCursor;
import org.gongkai.api.FeedItem;
import org.gongkai.gateway.support.FakeSector;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * The merge, property style: random sectors (in-memory lists that keep the sector's cursor contract: up to limit
 * items strictly after the cursor, in feed order), random page sizes, many items at the same instant across
 * sectors, and notices published in random sectors between pages. Walking the merged pages must yield every item
 * that was visible when the walk began exactly once, in feed order; items published during the walk are newer
 * than the walk's position, so they must not show up in it, nor push anything into a repeat.
 */
class FeedMergePropertyTest {

    static final Instant START = Instant.parse("2026-06-01T00:00:00Z");

    /** One sector as the contract says it behaves. */
    static final class ListSector {
        final String name;
        final List<FeedItem> items = new ArrayList<>();

        ListSector(String name) {
            this.name = name;
        }

        void publish(FeedItem item) {
            items.add(item);
            items.sort(FeedItem.ORDER);
        }

        SectorResult page(FeedCursor cursor, int limit) {
            List<FeedItem> after = items.stream().filter(item -> cursor == null || cursor.isBefore(item)).toList();
            List<FeedItem> page = after.subList(0, Math.min(limit, after.size()));
            return new SectorResult(name, page, after.size() > limit, SectorStatus.ok());
        }
    }

    @RepeatedTest(300)
    void walkingTheMergedFeedYieldsEveryVisibleItemOnceInOrderWhilePublishingContinues(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition() * 7919L);
        List<ListSector> sectors = new ArrayList<>();
        String[] names = {"land", "housing", "relief", "education", "procurement"};
        int sectorCount = 1 + random.nextInt(names.length);
        for (int s = 0; s < sectorCount; s++) {
            sectors.add(new ListSector(names[s]));
        }
        // few distinct instants, so that ties across sectors are common
        int instants = 1 + random.nextInt(40);
        int counter = 0;
        for (ListSector sector : sectors) {
            int count = random.nextInt(60);
            for (int i = 0; i < count; i++) {
                sector.publish(FakeSector.item(sector.name, "n" + (counter++),
                        START.plusSeconds(random.nextInt(instants))));
            }
        }
        List<FeedItem> visible = sectors.stream().flatMap(sector -> sector.items.stream())
                .sorted(FeedItem.ORDER).toList();
        int limit = 1 + random.nextInt(12);
        Instant now = START.plusSeconds(instants + 1L);

        List<FeedItem> walked = new ArrayList<>();
        FeedCursor cursor = null;
        int pages = 0;
        while (true) {
            FeedCursor position = cursor;
            PortalFeed page = PortalFeedService.merge(sectors.stream().map(s -> s.page(position, limit)).toList(), limit);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
            walked.addAll(page.items());
            pages++;
            // publishing goes on between pages, always at the current time
            int published = random.nextInt(3);
            for (int p = 0; p < published; p++) {
                ListSector sector = sectors.get(random.nextInt(sectors.size()));
                now = now.plusMillis(random.nextInt(2) * 1000L);
                sector.publish(FakeSector.item(sector.name, "new" + (counter++), now));
            }
            if (page.nextCursor() == null) {
                break;
            }
            cursor = FeedCursor.decode(page.nextCursor());
            assertThat(pages).as("walk must end").isLessThan(visible.size() + 2);
        }

        assertThat(walked).extracting(FeedItem::id)
                .containsExactlyElementsOf(visible.stream().map(FeedItem::id).toList());
        // and not one page more than needed: a page is short only at the end
        assertThat(pages).isEqualTo(Math.max(1, (visible.size() + limit - 1) / limit));
    }
}

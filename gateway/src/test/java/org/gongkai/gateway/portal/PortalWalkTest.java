package org.gongkai.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gongkai.api.FeedItem;
import org.gongkai.gateway.support.FakeSector;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The same property as {@link FeedMergePropertyTest}, over HTTP: three fake sector services, random items with
 * many shared instants, random page sizes and filters passed through, notices published between pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.cloud.config.enabled=false", "gongkai.rate-limit.enabled=false",
                "gongkai.portal.merge-cache-for=0s"})
@AutoConfigureWebTestClient
class PortalWalkTest {

    static final List<FakeSector> SECTORS = List.of(new FakeSector("land"), new FakeSector("housing"),
            new FakeSector("relief"));
    static final Instant START = Instant.parse("2026-06-01T00:00:00Z");

    @DynamicPropertySource
    static void sectors(DynamicPropertyRegistry registry) {
        for (int i = 0; i < SECTORS.size(); i++) {
            FakeSector sector = SECTORS.get(i);
            String name = List.of("land", "housing", "relief").get(i);
            registry.add("gongkai.portal.sectors[" + i + "].name", () -> name);
            registry.add("gongkai.portal.sectors[" + i + "].url", sector::url);
            registry.add("gongkai.portal.sectors[" + i + "].timeout", () -> "2s");
        }
    }

    @Autowired
    WebTestClient client;

    @Autowired
    SectorClients clients;

    @RepeatedTest(8)
    void walkingEveryPageOverHttpYieldsEachVisibleNoticeOnceInOrderWhileNewOnesArePublished(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition() * 104729L);
        SECTORS.forEach(FakeSector::reset);
        clients.forgetLastGood();
        List<String> names = List.of("land", "housing", "relief");
        int instants = 1 + random.nextInt(15);
        List<FeedItem> visible = new ArrayList<>();
        for (int s = 0; s < SECTORS.size(); s++) {
            List<FeedItem> items = new ArrayList<>();
            int count = random.nextInt(25);
            for (int i = 0; i < count; i++) {
                items.add(FakeSector.item(names.get(s), "n" + s + "-" + i, START.plusSeconds(random.nextInt(instants))));
            }
            SECTORS.get(s).serves(items);
            visible.addAll(items);
        }
        visible.sort(FeedItem.ORDER);
        int limit = 1 + random.nextInt(7);
        Instant now = START.plusSeconds(instants + 5L);

        List<FeedItem> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        int published = 0;
        do {
            PortalFeed page = client.get().uri("/api/portal/feed?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor))
                    .exchange().expectStatus().isOk().expectBody(PortalFeed.class).returnResult().getResponseBody();
            walked.addAll(page.items());
            cursor = page.nextCursor();
            pages++;
            if (random.nextBoolean()) {
                FakeSector sector = SECTORS.get(random.nextInt(SECTORS.size()));
                now = now.plusSeconds(random.nextInt(2));
                sector.publish(FakeSector.item(names.get(SECTORS.indexOf(sector)), "new" + published++, now));
            }
        } while (cursor != null && pages <= visible.size() + 1);

        assertThat(walked).extracting(FeedItem::id)
                .containsExactlyElementsOf(visible.stream().map(FeedItem::id).toList());
    }
}

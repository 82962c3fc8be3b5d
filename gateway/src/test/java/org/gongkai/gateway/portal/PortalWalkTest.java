package org.gongkai.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.gongkai.api.FeedItem;
import org.gongkai.api.change.ChangeKind;
import org.gongkai.gateway.readmodel.PortalReadModel;
import org.gongkai.gateway.support.FakeSector;
import org.gongkai.gateway.support.ReadModelWait;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Walking every page of the portal feed over HTTP, answered by the read model, while the three fake sectors
 * publish, correct and withdraw notices between pages: random items with many shared instants and random page
 * sizes. Every page comes in feed order with nothing repeated; every notice that stayed listed through the walk
 * is met; nothing published during the walk is (it is newer than the cursor).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.cloud.config.enabled=false", "gongkai.rate-limit.enabled=false",
                "gongkai.portal.read-model.retry-max=300ms"})
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

    @Autowired
    PortalReadModel model;

    @RepeatedTest(8)
    void walkingEveryPageYieldsEachListedNoticeOnceInOrderWhileNoticesArePublishedCorrectedAndWithdrawn(
            RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition() * 104729L);
        SECTORS.forEach(sector -> {
            sector.afterChange(s -> ReadModelWait.until(model, s));
            sector.reset();
            ReadModelWait.until(model, sector);
        });
        clients.forgetLastGood();
        List<String> names = List.of("land", "housing", "relief");
        int instants = 1 + random.nextInt(15);
        List<FeedItem> initial = new ArrayList<>();
        for (int s = 0; s < SECTORS.size(); s++) {
            List<FeedItem> items = new ArrayList<>();
            int count = random.nextInt(25);
            for (int i = 0; i < count; i++) {
                items.add(FakeSector.item(names.get(s), "n" + s + "-" + i, START.plusSeconds(random.nextInt(instants))));
            }
            SECTORS.get(s).serves(items);
            initial.addAll(items);
        }
        initial.sort(FeedItem.ORDER);
        int limit = 1 + random.nextInt(7);
        Instant now = START.plusSeconds(instants + 5L);
        Set<String> removed = new HashSet<>();

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
            int sectorIndex = random.nextInt(SECTORS.size());
            FakeSector sector = SECTORS.get(sectorIndex);
            List<FeedItem> own = initial.stream().filter(item -> item.sector().equals(names.get(sectorIndex))
                    && !removed.contains(item.id())).toList();
            switch (random.nextInt(4)) {
                case 0 -> {
                    now = now.plusSeconds(random.nextInt(2));
                    sector.publish(FakeSector.item(names.get(sectorIndex), "new" + published++, now));
                }
                case 1 -> {
                    if (!own.isEmpty()) {
                        FeedItem old = own.get(random.nextInt(own.size()));
                        removed.add(old.id());
                        sector.withdraw(old.id());
                    }
                }
                case 2 -> {
                    if (!own.isEmpty()) {
                        // a correction: the old version leaves the feed, the new one is published now
                        FeedItem old = own.get(random.nextInt(own.size()));
                        removed.add(old.id());
                        sector.change(old.id(), ChangeKind.SUPERSEDED, item -> item, false);
                        now = now.plusSeconds(1);
                        sector.publish(FakeSector.item(names.get(sectorIndex), "fix" + published++, now));
                    }
                }
                default -> {
                }
            }
        } while (cursor != null && pages <= initial.size() + 1);

        List<String> ids = walked.stream().map(FeedItem::id).toList();
        assertThat(walked).isSortedAccordingTo(FeedItem.ORDER);
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).isSubsetOf(initial.stream().map(FeedItem::id).toList());
        assertThat(ids).containsAll(initial.stream().map(FeedItem::id).filter(id -> !removed.contains(id)).toList());
    }
}

package org.gongkai.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import okhttp3.mockwebserver.MockResponse;

import org.gongkai.api.FeedItem;
import org.gongkai.api.FeedPage;
import org.gongkai.gateway.support.FakeSector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A complete merged page is reused for merge-cache-for (here 1 s) and shared by concurrent readers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.cloud.config.enabled=false", "gongkai.rate-limit.enabled=false",
                "gongkai.portal.merge-cache-for=1s"})
@AutoConfigureWebTestClient
class MergeCacheTest {

    static final FakeSector land = new FakeSector("land");
    static final FakeSector housing = new FakeSector("housing");
    static final Instant T = Instant.parse("2026-03-10T02:00:00Z");

    @DynamicPropertySource
    static void sectors(DynamicPropertyRegistry registry) {
        registry.add("gongkai.portal.sectors[0].name", () -> "land");
        registry.add("gongkai.portal.sectors[0].url", land::url);
        registry.add("gongkai.portal.sectors[0].timeout", () -> "2s");
        registry.add("gongkai.portal.sectors[1].name", () -> "housing");
        registry.add("gongkai.portal.sectors[1].url", housing::url);
        registry.add("gongkai.portal.sectors[1].timeout", () -> "2s");
    }

    @Autowired
    WebTestClient client;

    @Autowired
    PortalFeedService feeds;

    @Autowired
    SectorClients clients;

    @BeforeEach
    void reset() {
        land.reset();
        housing.reset();
        feeds.forgetRendered();
        clients.forgetLastGood();
    }

    @Test
    void aCompletePageIsReusedForItsPeriodThenGatheredAgain() throws Exception {
        land.serves(List.of(land.item("L1", T)));
        assertThat(ids("/api/portal/feed?limit=5")).containsExactly("land:L1");

        land.publish(land.item("L2", T.plusSeconds(1)));
        assertThat(ids("/api/portal/feed?limit=5")).containsExactly("land:L1");
        assertThat(land.requests()).hasSize(1);
        // another page is another request
        assertThat(ids("/api/portal/feed?limit=6")).containsExactly("land:L2", "land:L1");

        Thread.sleep(1_200);
        assertThat(ids("/api/portal/feed?limit=5")).containsExactly("land:L2", "land:L1");
    }

    @Test
    void readersAskingForThePageWhileItIsGatheredShareOneCallPerSector() {
        land.answers(request -> FakeSector.json(new FeedPage(List.of(land.item("L1", T)), null))
                .setHeadersDelay(300, TimeUnit.MILLISECONDS));

        List<CompletableFuture<List<String>>> readers = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> ids("/api/portal/feed?limit=7"))).toList();

        readers.forEach(reader -> assertThat(reader.join()).containsExactly("land:L1"));
        assertThat(land.requests()).hasSize(1);
        assertThat(housing.requests()).hasSize(1);
    }

    @Test
    void aPageWithASectorMissingIsNotReused() {
        land.serves(List.of(land.item("L1", T)));
        housing.answers(new MockResponse().setResponseCode(500));
        ids("/api/portal/feed?limit=8");
        ids("/api/portal/feed?limit=8");

        assertThat(housing.requests()).hasSize(2);
    }

    private List<String> ids(String uri) {
        return client.mutate().responseTimeout(Duration.ofSeconds(5)).build()
                .get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(PortalFeed.class).returnResult().getResponseBody()
                .items().stream().map(FeedItem::id).toList();
    }
}

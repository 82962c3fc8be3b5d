package org.gongkai.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.gongkai.api.FeedItem;
import org.gongkai.gateway.notice.NoticeController;
import org.gongkai.gateway.readmodel.PortalReadModel;
import org.gongkai.gateway.support.FakeSector;
import org.gongkai.gateway.support.ReadModelWait;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A sector whose process is gone: its notices stay readable through the read model — feed, detail, digest check
 * and history all 200 — with the sector named unavailable and the time of its last change. Its own context, since
 * the killed sector never comes back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.cloud.config.enabled=false", "gongkai.rate-limit.enabled=false",
                "gongkai.portal.read-model.retry-max=300ms"})
@AutoConfigureWebTestClient
class ResilienceTest {

    static final FakeSector land = new FakeSector("land");
    static final FakeSector relief = new FakeSector("relief");
    static final Instant T = Instant.parse("2026-03-10T02:00:00Z");

    @DynamicPropertySource
    static void sectors(DynamicPropertyRegistry registry) {
        registry.add("gongkai.portal.sectors[0].name", () -> "land");
        registry.add("gongkai.portal.sectors[0].url", land::url);
        registry.add("gongkai.portal.sectors[0].timeout", () -> "2s");
        registry.add("gongkai.portal.sectors[1].name", () -> "relief");
        registry.add("gongkai.portal.sectors[1].title", () -> "社会救助");
        registry.add("gongkai.portal.sectors[1].url", relief::url);
        registry.add("gongkai.portal.sectors[1].timeout", () -> "2s");
    }

    @Autowired
    WebTestClient client;

    @Autowired
    PortalReadModel model;

    @Test
    void whenASectorIsKilledThenItsFeedDetailVerifyAndHistoryStillAnswerWithTheSectorNamed() throws Exception {
        for (FakeSector sector : List.of(land, relief)) {
            sector.afterChange(s -> ReadModelWait.until(model, s));
        }
        land.serves(List.of(land.item("L1", T)));
        relief.serves(List.of(relief.item("R1", T.minusSeconds(1))));
        assertThat(feed().sectors().get("relief").status()).isEqualTo(SectorStatus.OK);

        relief.kill();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!model.status("relief").status().equals(SectorStatus.UNAVAILABLE)) {
            assertThat(System.nanoTime()).as("relief never named unavailable").isLessThan(deadline);
            Thread.sleep(20);
        }

        PortalFeed after = feed();
        assertThat(after.items()).extracting(FeedItem::id).containsExactly("land:L1", "relief:R1");
        SectorStatus relieved = after.sectors().get("relief");
        assertThat(relieved.status()).isEqualTo("unavailable");
        assertThat(relieved.reason()).isEqualTo("无法连接板块服务");
        assertThat(relieved.asOf()).isEqualTo(T.minusSeconds(1));
        assertThat(after.sectors().get("land").status()).isEqualTo("ok");

        client.get().uri("/api/portal/notices/relief:R1").exchange().expectStatus().isOk()
                .expectHeader().valueEquals(NoticeController.SECTOR_STATUS, "unavailable")
                .expectHeader().valueEquals(NoticeController.SECTOR_AS_OF, T.minusSeconds(1).toString())
                .expectBody().jsonPath("$.title").isEqualTo("公告 R1");
        client.get().uri("/api/portal/notices/relief:R1/verify?digest=sha256:ff").exchange().expectStatus().isOk()
                .expectHeader().valueEquals(NoticeController.SECTOR_STATUS, "unavailable")
                .expectBody().jsonPath("$.match").isEqualTo(false);
        client.get().uri("/api/portal/notices/relief:R1/verify?digest=SHA256:00").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.match").isEqualTo(true);
        client.get().uri("/api/portal/notices/relief:R1/history").exchange().expectStatus().isOk()
                .expectHeader().valueEquals(NoticeController.SECTOR_STATUS, "unavailable")
                .expectBody().jsonPath("$.versions[0].id").isEqualTo("relief:R1");
        // a notice the model never had is asked of the sector, which cannot answer: a 503 naming it
        client.get().uri("/api/portal/notices/relief:R9").exchange().expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("社会救助"));
    }

    private PortalFeed feed() {
        return client.mutate().responseTimeout(Duration.ofSeconds(10)).build()
                .get().uri("/api/portal/feed").exchange().expectStatus().isOk()
                .expectBody(PortalFeed.class).returnResult().getResponseBody();
    }
}

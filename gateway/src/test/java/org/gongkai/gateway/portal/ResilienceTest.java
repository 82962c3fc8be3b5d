package org.gongkai.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import okhttp3.mockwebserver.MockResponse;

import org.gongkai.api.FeedItem;
import org.gongkai.gateway.support.FakeSector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/**
 * Stale answers, the bulkhead and a killed sector. Housing lets one portal call in at a time and waits up to 3 s;
 * relief is stopped in its test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.cloud.config.enabled=false", "gongkai.rate-limit.enabled=false",
                "gongkai.portal.merge-cache-for=0s"})
@AutoConfigureWebTestClient
class ResilienceTest {

    static final FakeSector land = new FakeSector("land");
    static final FakeSector housing = new FakeSector("housing");
    static final FakeSector relief = new FakeSector("relief");
    static final Instant T = Instant.parse("2026-03-10T02:00:00Z");

    @DynamicPropertySource
    static void sectors(DynamicPropertyRegistry registry) {
        registry.add("gongkai.portal.sectors[0].name", () -> "land");
        registry.add("gongkai.portal.sectors[0].url", land::url);
        registry.add("gongkai.portal.sectors[0].timeout", () -> "2s");
        registry.add("gongkai.portal.sectors[1].name", () -> "housing");
        registry.add("gongkai.portal.sectors[1].title", () -> "住房保障");
        registry.add("gongkai.portal.sectors[1].url", housing::url);
        registry.add("gongkai.portal.sectors[1].timeout", () -> "3s");
        registry.add("gongkai.portal.sectors[1].max-concurrent-calls", () -> "1");
        registry.add("gongkai.portal.sectors[2].name", () -> "relief");
        registry.add("gongkai.portal.sectors[2].url", relief::url);
        registry.add("gongkai.portal.sectors[2].timeout", () -> "2s");
    }

    @Autowired
    WebTestClient client;

    @Autowired
    SectorClients clients;

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    void reset() {
        land.reset();
        housing.reset();
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        clients.forgetLastGood();
    }

    @Test
    void aFailingSectorIsServedFromItsLastGoodAnswerToTheSameRequestMarkedStale() {
        land.serves(List.of(land.item("L1", T)));
        housing.serves(List.of(housing.item("H1", T.minusSeconds(5))));
        assertThat(feed("/api/portal/feed?sector=land,housing&limit=5").sectors().get("housing"))
                .isEqualTo(SectorStatus.ok());

        housing.answers(new MockResponse().setResponseCode(500));
        PortalFeed stale = client.get().uri("/api/portal/feed?sector=land,housing&limit=5").exchange()
                .expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-cache"))
                .expectBody(PortalFeed.class).returnResult().getResponseBody();

        assertThat(stale.items()).extracting(FeedItem::id).containsExactly("land:L1", "housing:H1");
        SectorStatus status = stale.sectors().get("housing");
        assertThat(status.status()).isEqualTo("stale");
        assertThat(status.reason()).contains("HTTP 500");
        assertThat(status.asOf()).isNotNull();
        // another request has no last good answer of its own: named unavailable
        assertThat(feed("/api/portal/feed?sector=land,housing&limit=6").sectors().get("housing").status())
                .isEqualTo("unavailable");
    }

    @Test
    void aSectorAtItsBulkheadLimitIsNotCalledAndTheFeedDoesNotWaitForIt() throws Exception {
        land.serves(List.of(land.item("L1", T)));
        housing.answers(request -> FakeSector.json(new org.gongkai.api.FeedPage(List.of(housing.item("H1", T)), null))
                .setHeadersDelay(1_500, TimeUnit.MILLISECONDS));
        CompletableFuture<PortalFeed> first = CompletableFuture.supplyAsync(
                () -> feed("/api/portal/feed?sector=land,housing&limit=3"));
        // wait until the first call holds housing's only permit
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (housing.requests().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        long started = System.nanoTime();
        PortalFeed second = feed("/api/portal/feed?sector=land,housing&limit=4");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(second.items()).extracting(FeedItem::id).containsExactly("land:L1");
        assertThat(second.sectors().get("housing"))
                .isEqualTo(SectorStatus.unavailable("板块同时处理的请求已满，本次未调用"));
        assertThat(took).isLessThan(Duration.ofMillis(1_200));
        assertThat(housing.requests()).hasSize(1);
        assertThat(first.get(10, TimeUnit.SECONDS).sectors().get("housing")).isEqualTo(SectorStatus.ok());
    }

    @Test
    void aKilledSectorIsStaleWhereItAnsweredBeforeAndUnavailableElsewhere() {
        land.serves(List.of(land.item("L1", T)));
        relief.serves(List.of(relief.item("R1", T.minusSeconds(1))));
        assertThat(feed("/api/portal/feed?limit=2").sectors().get("relief")).isEqualTo(SectorStatus.ok());

        relief.kill();

        PortalFeed after = feed("/api/portal/feed?limit=2");
        assertThat(after.items()).extracting(FeedItem::id).containsExactly("land:L1", "relief:R1");
        assertThat(after.sectors().get("relief").status()).isEqualTo("stale");
        assertThat(after.sectors().get("relief").reason()).isEqualTo("无法连接板块服务");
        assertThat(feed("/api/portal/feed?limit=3").sectors().get("relief"))
                .isEqualTo(SectorStatus.unavailable("无法连接板块服务"));
    }

    private PortalFeed feed(String uri) {
        return client.mutate().responseTimeout(Duration.ofSeconds(10)).build()
                .get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(PortalFeed.class).returnResult().getResponseBody();
    }
}

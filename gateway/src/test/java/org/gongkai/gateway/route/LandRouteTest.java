package org.gongkai.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import okhttp3.mockwebserver.MockResponse;

import org.gongkai.api.FeedPage;
import org.gongkai.gateway.support.FakeSector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The shipped route (config/repo/gateway.yml) in front of a live fake land service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.config.enabled=false",
        "spring.config.import=file:../config/repo/gateway.yml"})
@AutoConfigureWebTestClient
class LandRouteTest {

    static final FakeSector land = new FakeSector("land");

    @DynamicPropertySource
    static void liveLand(DynamicPropertyRegistry registry) {
        registry.add("LAND_URL", land::url);
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void reset() {
        land.reset();
    }

    @Test
    void landRequestsArePassedThroughUnchanged() {
        land.answers(FakeSector.json(new FeedPage(List.of(), null)));

        client.get().uri("/api/land/public/feed?limit=5")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items").isEmpty();

        assertThat(land.requests()).singleElement()
                .satisfies(request -> assertThat(request.getPath()).isEqualTo("/api/land/public/feed?limit=5"));
    }

    @Test
    void sectorProblemsArePassedThroughNotReplacedByTheFallback() {
        land.answers(new MockResponse().setResponseCode(409).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"type\":\"https://gongkai.example/problems/illegal-transition\",\"status\":409}"));

        client.post().uri("/api/land/notices/land:1/publish")
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/illegal-transition");
    }

    @Test
    void answerSlowerThanTheBreakersOneSecondDefaultStillGetsThrough() {
        // Resilience4j's built-in time limiter is 1 s; the configured one outlasts the 5 s response timeout
        land.answers(FakeSector.json(new FeedPage(List.of(), null)).setHeadersDelay(1_500, TimeUnit.MILLISECONDS));

        client.mutate().responseTimeout(Duration.ofSeconds(10)).build()
                .get().uri("/api/land/public/feed")
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void writeThroughTheRouteReachesTheSectorWithItsBody() throws Exception {
        land.answers(new MockResponse().setResponseCode(201).setHeader("Content-Type", "application/json")
                .setBody("{\"id\":\"land:9\"}"));

        client.post().uri("/api/land/notices")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"type\":\"PRE_ANNOUNCEMENT\"}")
                .exchange()
                .expectStatus().isCreated();

        assertThat(land.requests()).singleElement()
                .satisfies(request -> assertThat(request.getBody().readUtf8()).isEqualTo("{\"type\":\"PRE_ANNOUNCEMENT\"}"));
    }
}

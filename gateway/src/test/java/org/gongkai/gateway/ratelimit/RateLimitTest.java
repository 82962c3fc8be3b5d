package org.gongkai.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongkai.api.FeedPage;
import org.gongkai.gateway.support.FakeSector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Three anonymous requests per minute per address; the shipped routes in front of a fake land service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.config.enabled=false",
        "spring.config.import=file:../config/repo/gateway.yml",
        "gongkai.rate-limit.requests=3",
        "gongkai.rate-limit.period=60s"})
@AutoConfigureWebTestClient
class RateLimitTest {

    static final FakeSector land = new FakeSector("land");

    @DynamicPropertySource
    static void liveLand(DynamicPropertyRegistry registry) {
        registry.add("LAND_URL", land::url);
    }

    @Autowired
    WebTestClient client;

    @Test
    void anAnonymousClientOverItsLimitGets429ProblemWithRetryAfterAndAnAuthenticatedWriteIsNotLimited() {
        land.answers(FakeSector.json(new FeedPage(List.of(), null)));
        for (int i = 0; i < 3; i++) {
            client.get().uri("/api/land/public/feed").exchange().expectStatus().isOk();
        }

        client.get().uri("/api/portal/feed?sector=land").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, value -> assertThat(Long.parseLong(value))
                        .isBetween(1L, 60L))
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gongkai.example/problems/rate-limited")
                .jsonPath("$.title").isEqualTo("请求过于频繁")
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.instance").isEqualTo("/api/portal/feed");
        client.get().uri("/api/land/public/feed").exchange().expectStatus().isEqualTo(429);

        // a department's write carries a token: the sector checks it, the anonymous limit does not apply
        client.post().uri("/api/land/notices").header(HttpHeaders.AUTHORIZATION, "Bearer token")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isOk();
        // health checks and the API documents are not limited
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        // a forged X-Forwarded-For does not buy a new allowance when the proxy is not trusted
        client.get().uri("/api/land/public/feed").header("X-Forwarded-For", "203.0.113.9").exchange()
                .expectStatus().isEqualTo(429);
    }
}

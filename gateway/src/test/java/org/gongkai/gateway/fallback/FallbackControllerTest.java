package org.gongkai.gateway.fallback;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.config.enabled=false",
        "gongkai.portal.sectors[0].name=land",
        "gongkai.portal.sectors[0].title=土地征收",
        "gongkai.portal.sectors[0].url=http://localhost:1",
        "gongkai.portal.sectors[0].timeout=1s"})
@AutoConfigureWebTestClient
class FallbackControllerTest {

    @Autowired
    WebTestClient client;

    @Test
    void readFallbackIsServiceUnavailableNamingTheSector() {
        client.get().uri("/fallback/land")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "30")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gongkai.example/problems/sector-unavailable")
                .jsonPath("$.title").isEqualTo("该板块暂时无法访问")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.sector").isEqualTo("land")
                .jsonPath("$.detail").isEqualTo("「土地征收」板块暂时无法访问，请稍后再试")
                .jsonPath("$.writeOutcome").doesNotExist();
    }

    @Test
    void headFallbackIsServiceUnavailable() {
        client.head().uri("/fallback/land")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void writeFallbackIsServiceUnavailableNeverMethodNotAllowed(String method) {
        client.method(HttpMethod.valueOf(method)).uri("/fallback/land")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"title\":\"征收土地预公告\"}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gongkai.example/problems/sector-unavailable")
                .jsonPath("$.sector").isEqualTo("land")
                .jsonPath("$.writeOutcome").exists();
    }

    @Test
    void unknownSectorIsNamedByItsCode() {
        client.get().uri("/fallback/relief")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").isEqualTo("「relief」板块暂时无法访问，请稍后再试");
    }
}

package org.gongkai.gateway.route;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The shipped route (config/repo/gateway.yml) pointed at a port where nothing listens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.config.enabled=false",
        "spring.config.import=file:../config/repo/gateway.yml"})
@AutoConfigureWebTestClient
class DeadSectorRouteTest {

    @DynamicPropertySource
    static void deadLand(DynamicPropertyRegistry registry) {
        int port = freePort();
        registry.add("LAND_URL", () -> "http://localhost:" + port);
    }

    @Autowired
    WebTestClient client;

    @Test
    void postToADeadSectorIsServiceUnavailableAndSaysTheWriteWasNotApplied() {
        client.post().uri("/api/land/notices")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"type\":\"PRE_ANNOUNCEMENT\"}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gongkai.example/problems/sector-unavailable")
                .jsonPath("$.sector").isEqualTo("land")
                .jsonPath("$.writeOutcome").isEqualTo("not-applied")
                .jsonPath("$.detail").isEqualTo("「征地拆迁」板块暂时无法访问，本次提交未被执行，可稍后原样重试")
                .jsonPath("$.instance").isEqualTo("/api/land/notices");
    }

    @Test
    void getFromADeadSectorIsServiceUnavailable() {
        client.get().uri("/api/land/public/feed")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("该板块暂时无法访问")
                .jsonPath("$.sector").isEqualTo("land");
    }

    @Test
    void portalFeedNamesTheDeadSectorAndStillAnswers() {
        client.get().uri("/api/portal/feed")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items").isEmpty()
                .jsonPath("$.sectors.land.status").isEqualTo("unavailable")
                .jsonPath("$.sectors.land.reason").isEqualTo("无法连接板块服务");
    }

    @Test
    void unknownPathIsNotFoundAsProblem() {
        client.get().uri("/api/nowhere")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/not-found");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

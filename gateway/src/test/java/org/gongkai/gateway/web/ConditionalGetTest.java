package org.gongkai.gateway.web;

import org.gongkai.gateway.support.PortalTestBase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class ConditionalGetTest extends PortalTestBase {

    static final Instant T = Instant.parse("2026-03-10T02:00:00Z");

    @Test
    void theFeedCarriesAnETagAndCacheControlAndAConditionalGetIsNotModifiedUntilItChanges() {
        land.serves(List.of(land.item("L1", T)));
        housing.serves(List.of(housing.item("H1", T.minusSeconds(1))));

        HttpHeaders headers = client.get().uri("/api/portal/feed").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders();
        String etag = headers.getETag();
        assertThat(etag).isNotBlank();
        assertThat(headers.getCacheControl()).contains("max-age=5").contains("public");

        client.get().uri("/api/portal/feed").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified()
                .expectBody().isEmpty();

        land.publish(land.item("L2", T.plusSeconds(60)));
        String changed = client.get().uri("/api/portal/feed").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getETag();
        assertThat(changed).isNotEqualTo(etag);
    }

    @Test
    void aPartialFeedIsNotToBeCached() {
        land.serves(List.of(land.item("L1", T)));
        housing.changeFeedAnswers(new okhttp3.mockwebserver.MockResponse().setResponseCode(500));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!model.status("housing").status().equals("unavailable") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }

        client.get().uri("/api/portal/feed").exchange().expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectHeader().exists(HttpHeaders.ETAG);
    }
}

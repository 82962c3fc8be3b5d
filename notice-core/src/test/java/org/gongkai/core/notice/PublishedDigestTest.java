package org.gongkai.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.sector.FixtureSectorTest;
import fixture.sector.FixtureApi;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import org.gongkai.core.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Anyone can check a copy: the public canonical JSON hashes to the published digest, and /verify says so. */
@FixtureSectorTest
class PublishedDigestTest {

    @Autowired
    WebTestClient web;
    @Autowired
    MovableClock clock;

    @Test
    void theCanonicalJsonHashesToTheDigestAndVerifyAnswersMatchOnlyForIt() {
        clock.set(LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
        FixtureApi api = new FixtureApi(web);
        String id = api.createAndPublish(FixtureApi.announcement("预公告（摘要校验）"));
        String digest = (String) FixtureApi.body(api.publicDetail(id).expectStatus().isOk()).get("digest");
        assertThat(digest).matches("[0-9a-f]{64}").isEqualTo(api.notice(id).get("digest"));

        byte[] canonical = canonical(id);
        assertThat(sha256(canonical)).isEqualTo(digest);
        assertThat(new String(canonical, StandardCharsets.UTF_8))
                .startsWith("{").contains("\"id\":\"" + id + "\"").contains("预公告（摘要校验）");

        web.get().uri(u -> u.path("/api/fixture/public/notices/{id}/verify").queryParam("digest", digest).build(id))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.match").isEqualTo(true)
                .jsonPath("$.expected").isEqualTo(digest)
                .jsonPath("$.validity").isEqualTo("IN_FORCE");
        String changed = (digest.charAt(0) == '0' ? "1" : "0") + digest.substring(1);
        web.get().uri(u -> u.path("/api/fixture/public/notices/{id}/verify").queryParam("digest", changed).build(id))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.match").isEqualTo(false)
                .jsonPath("$.digest").isEqualTo(changed);
    }

    /** The system clock ticks in microseconds; the store keeps milliseconds. The digest must survive the trip. */
    @Test
    void aPublicationTimeFinerThanAMillisecondStillVerifies() {
        clock.set(LocalDate.of(2026, 11, 2), LocalTime.of(9, 0, 1, 123_456_789));
        FixtureApi api = new FixtureApi(web);
        String id = api.createAndPublish(FixtureApi.announcement("预公告（微秒发布时刻）"));
        String digest = (String) api.notice(id).get("digest");

        assertThat(sha256(canonical(id))).isEqualTo(digest);
        web.get().uri(u -> u.path("/api/fixture/public/notices/{id}/verify").queryParam("digest", digest).build(id))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.match").isEqualTo(true);
    }

    private byte[] canonical(String id) {
        return web.get().uri("/api/fixture/public/notices/{id}/canonical", id).exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

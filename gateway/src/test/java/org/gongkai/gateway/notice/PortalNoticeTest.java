package org.gongkai.gateway.notice;

import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.api.FeedItem;

import org.gongkai.gateway.support.PortalTestBase;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.mockwebserver.MockResponse;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class PortalNoticeTest extends PortalTestBase {

    @Test
    void whenTheReadModelHoldsTheNoticeThenItsDetailVerifyAndHistoryComeFromItWithoutCallingTheSector() {
        FeedItem item = new FeedItem("land:L1", "land", "TYPE", "类型", "征地公告", "摘要", "230202001", "全社会",
                "PUBLISHED", "有效", Instant.parse("2020-03-01T02:00:00Z"), LocalDate.of(2020, 3, 2),
                LocalDate.of(2020, 3, 8), "IN_PUBLICITY", 3, 1, "sha256:ab");
        land.publish(item);

        client.get().uri("/api/portal/notices/land:L1").exchange().expectStatus().isOk()
                .expectHeader().valueEquals(NoticeController.SECTOR_STATUS, "ok")
                .expectBody()
                .jsonPath("$.title").isEqualTo("征地公告")
                // worked out for today, not as the sector said when it published
                .jsonPath("$.period.phase").isEqualTo("ENDED")
                .jsonPath("$.period.daysLeft").isEqualTo(0);
        client.get().uri("/api/portal/notices/land:L1/verify?digest=sha256:AB").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.match").isEqualTo(true).jsonPath("$.expected").isEqualTo("sha256:ab");
        client.get().uri("/api/portal/notices/land:L1/history").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.versions[0].id").isEqualTo("land:L1");
        assertThat(land.requests()).isEmpty();
    }

    @Test
    void noticeIsFetchedFromTheSectorNamedByItsIdPrefix() {
        housing.answers(new MockResponse().setHeader("Content-Type", "application/json")
                .setHeader("ETag", "\"v2\"").setBody("{\"id\":\"housing:2026-0007\",\"title\":\"抽签结果\"}"));

        client.get().uri("/api/portal/notices/housing:2026-0007")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"v2\"")
                .expectBody().jsonPath("$.title").isEqualTo("抽签结果");

        assertThat(housing.requests()).singleElement()
                .satisfies(request -> assertThat(request.getRequestUrl().pathSegments())
                        .containsExactly("api", "housing", "public", "notices", "housing:2026-0007"));
        assertThat(land.requests()).isEmpty();
    }

    @Test
    void sectorsNotFoundIsRelayed() {
        land.answers(new MockResponse().setResponseCode(404)
                .setHeader("Content-Type", "application/problem+json")
                .setBody("{\"type\":\"https://gongkai.example/problems/not-found\",\"status\":404}"));

        client.get().uri("/api/portal/notices/land:nope")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/not-found");
    }

    @Test
    void unknownSectorPrefixIsNotFound() {
        client.get().uri("/api/portal/notices/schools:1")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gongkai.example/problems/not-found")
                .jsonPath("$.instance").isEqualTo("/api/portal/notices/schools:1");
        assertThat(land.requests()).isEmpty();
        assertThat(housing.requests()).isEmpty();
    }

    @Test
    void idWithoutPrefixIsNotFound() {
        client.get().uri("/api/portal/notices/12345")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void sectorDownIsServiceUnavailableWithRetryAfter() {
        land.answers(new MockResponse().setResponseCode(500));

        client.get().uri("/api/portal/notices/land:2026-0001")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gongkai.example/problems/sector-unavailable")
                .jsonPath("$.title").isEqualTo("该板块暂时无法访问")
                .jsonPath("$.sector").isEqualTo("land")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("土地征收"));
    }

    @Test
    void slowSectorIsServiceUnavailable() {
        housing.answersSlowly(3_000);

        client.get().uri("/api/portal/notices/housing:1")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("500毫秒"));
    }

    @Test
    void verificationIsRelayedToTheOwningSectorWithTheDigest() {
        land.answers(new MockResponse().setHeader("Content-Type", "application/json")
                .setBody("{\"id\":\"land:7\",\"digest\":\"abc\",\"expected\":\"abc\",\"match\":true,\"validity\":\"IN_FORCE\"}"));

        client.get().uri("/api/portal/notices/land:7/verify?digest=abc")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.match").isEqualTo(true);

        assertThat(land.requests()).singleElement().satisfies(request -> {
            assertThat(request.getRequestUrl().pathSegments())
                    .containsExactly("api", "land", "public", "notices", "land:7", "verify");
            assertThat(request.getRequestUrl().queryParameter("digest")).isEqualTo("abc");
        });
    }

    @Test
    void historyListsTheVersionsAndThePublicStepsOfTheNotice() {
        housing.answers(new MockResponse().setHeader("Content-Type", "application/json").setBody("""
                {"id":"housing:2","sector":"housing","title":"抽签结果（更正）","revision":2,"status":"PUBLISHED",
                 "validity":"IN_FORCE","previousId":"housing:1","supersededBy":null,"digest":"d2","body":"很长的正文",
                 "versions":[{"id":"housing:1","revision":1,"status":"SUPERSEDED","publishedAt":"2026-03-01T02:00:00Z"},
                             {"id":"housing:2","revision":2,"status":"PUBLISHED","publishedAt":"2026-03-05T02:00:00Z"}],
                 "history":[{"action":"发布","at":"2026-03-05T02:00:00Z","note":null}]}"""));

        client.get().uri("/api/portal/notices/housing:2/history")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().exists(HttpHeaders.ETAG)
                .expectBody()
                .jsonPath("$.id").isEqualTo("housing:2")
                .jsonPath("$.previousId").isEqualTo("housing:1")
                .jsonPath("$.versions[*].revision").isEqualTo(java.util.List.of(1, 2))
                .jsonPath("$.versions[0].status").isEqualTo("SUPERSEDED")
                .jsonPath("$.history[0].action").isEqualTo("发布")
                .jsonPath("$.body").doesNotExist();
    }

    @Test
    void historyOfAMissingNoticeIsTheSectorsNotFound() {
        land.answers(new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"type\":\"https://gongkai.example/problems/not-found\",\"status\":404}"));

        client.get().uri("/api/portal/notices/land:gone/history")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}

package org.gongkai.gateway.feed;

import org.gongkai.gateway.portal.PortalFeed;
import org.gongkai.gateway.portal.SectorClients;
import org.gongkai.gateway.portal.SectorStatus;
import org.gongkai.gateway.support.PortalTestBase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;

import org.gongkai.api.FeedCursor;
import org.gongkai.api.FeedItem;
import org.gongkai.gateway.support.FakeSector;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class PortalFeedTest extends PortalTestBase {

    private static final Instant T = Instant.parse("2026-03-10T02:00:00Z");

    @Test
    void itemsOfBothSectorsInterleaveByPublishedAtThenIdDescending() {
        land.serves(List.of(land.item("L1", T.minusSeconds(10)), land.item("L2", T.minusSeconds(30)),
                land.item("L3", T.minusSeconds(50))));
        housing.serves(List.of(housing.item("H1", T.minusSeconds(20)), housing.item("H2", T.minusSeconds(30)),
                housing.item("H3", T.minusSeconds(60))));

        PortalFeed feed = getFeed("/api/portal/feed?limit=4");

        // at the same instant "land:L2" sorts before "housing:H2": ids descending
        assertThat(feed.items()).extracting(FeedItem::id)
                .containsExactly("land:L1", "housing:H1", "land:L2", "housing:H2");
        assertThat(feed.nextCursor()).isEqualTo(FeedCursor.after(feed.items().get(3)).encode());
        assertThat(feed.sectors()).containsOnlyKeys("land", "housing")
                .allSatisfy((name, status) -> assertThat(status).isEqualTo(SectorStatus.ok()));
    }

    @Test
    void walkingTheNextCursorVisitsEveryItemOnceInFeedOrder() {
        List<FeedItem> landItems = IntStream.range(0, 7)
                .mapToObj(i -> land.item("L" + i, T.minusSeconds(i * 7L))).toList();
        // housing shares some instants with land, so ties are broken by id across sectors
        List<FeedItem> housingItems = IntStream.range(0, 5)
                .mapToObj(i -> housing.item("H" + i, T.minusSeconds(i * 14L))).toList();
        land.serves(landItems);
        housing.serves(housingItems);
        List<FeedItem> expected = new ArrayList<>(landItems);
        expected.addAll(housingItems);
        expected.sort(FeedItem.ORDER);

        List<FeedItem> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            PortalFeed page = getFeed("/api/portal/feed?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            walked.addAll(page.items());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(walked).extracting(FeedItem::id).containsExactlyElementsOf(expected.stream().map(FeedItem::id).toList());
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void lastPageHasNoNextCursor() {
        land.serves(List.of(land.item("L1", T)));
        housing.serves(List.of(housing.item("H1", T.minusSeconds(1))));

        PortalFeed feed = getFeed("/api/portal/feed?limit=2");

        assertThat(feed.items()).hasSize(2);
        assertThat(feed.nextCursor()).isNull();
    }

    @Test
    void everySectorReceivesTheSameCursorLimitAndFilters() {
        String cursor = new FeedCursor(T, "land:L9").encode();

        client.get().uri(builder -> builder.path("/api/portal/feed")
                        .queryParam("limit", "5").queryParam("cursor", cursor).queryParam("type", "{type}")
                        .queryParam("region", "230202").queryParam("phase", "IN_PUBLICITY")
                        .queryParam("q", "{q}").queryParam("from", "2026-01-01").queryParam("to", "2026-03-31")
                        .build("COMPENSATION_PLAN", "征地 补偿&安置"))
                .exchange()
                .expectStatus().isOk();

        for (FakeSector sector : List.of(land, housing)) {
            assertThat(sector.requests()).hasSize(1);
            HttpUrl url = sector.requests().get(0).getRequestUrl();
            assertThat(url.queryParameter("limit")).isEqualTo("5");
            assertThat(url.queryParameter("cursor")).isEqualTo(cursor);
            assertThat(url.queryParameter("type")).isEqualTo("COMPENSATION_PLAN");
            assertThat(url.queryParameter("region")).isEqualTo("230202");
            assertThat(url.queryParameter("phase")).isEqualTo("IN_PUBLICITY");
            assertThat(url.queryParameter("q")).isEqualTo("征地 补偿&安置");
            assertThat(url.queryParameter("from")).isEqualTo("2026-01-01");
            assertThat(url.queryParameter("to")).isEqualTo("2026-03-31");
        }
    }

    @Test
    void selectingASectorCallsOnlyThatSector() {
        land.serves(List.of(land.item("L1", T)));

        PortalFeed feed = getFeed("/api/portal/feed?sector=land");

        assertThat(feed.items()).extracting(FeedItem::id).containsExactly("land:L1");
        assertThat(feed.sectors()).containsOnlyKeys("land");
        assertThat(housing.requests()).isEmpty();
    }

    @Test
    void sectorAnswering500IsNamedUnavailableAndTheOtherIsStillServed() {
        land.serves(List.of(land.item("L1", T)));
        housing.answers(new MockResponse().setResponseCode(500).setBody("boom"));

        PortalFeed feed = getFeed("/api/portal/feed");

        assertThat(feed.items()).extracting(FeedItem::id).containsExactly("land:L1");
        assertThat(feed.sectors().get("land")).isEqualTo(SectorStatus.ok());
        assertThat(feed.sectors().get("housing").status()).isEqualTo("unavailable");
        assertThat(feed.sectors().get("housing").reason()).contains("HTTP 500");
    }

    @Test
    void sectorSlowerThanItsTimeoutIsCutAtTheTimeoutAndNamedUnavailable() {
        land.serves(List.of(land.item("L1", T)));
        housing.serves(List.of(housing.item("H1", T)));
        housing.answersSlowly(3_000);

        long started = System.nanoTime();
        PortalFeed feed = getFeed("/api/portal/feed");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(feed.items()).extracting(FeedItem::id).containsExactly("land:L1");
        assertThat(feed.sectors().get("housing").status()).isEqualTo("unavailable");
        assertThat(feed.sectors().get("housing").reason()).isEqualTo("板块未在500毫秒内答复");
        // the answer did not wait for the slow sector (it answers after 3 s)
        assertThat(took).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void sectorAnsweringGarbageJsonIsUnavailable() {
        land.serves(List.of(land.item("L1", T)));
        housing.answers(new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"items\": [oops"));

        PortalFeed feed = getFeed("/api/portal/feed");

        assertThat(feed.items()).extracting(FeedItem::id).containsExactly("land:L1");
        assertThat(feed.sectors().get("housing"))
                .isEqualTo(SectorStatus.unavailable("板块返回的数据无法识别"));
    }

    @Test
    void sectorAnsweringItemsWithoutIdOrTimeIsUnavailable() {
        housing.answers(FakeSector.json(Map.of("items", List.of(Map.of("title", "无编号")))));

        PortalFeed feed = getFeed("/api/portal/feed");

        assertThat(feed.sectors().get("housing").status()).isEqualTo("unavailable");
        assertThat(feed.items()).isEmpty();
    }

    @Test
    void sectorAnsweringHtmlIsUnavailable() {
        housing.answers(new MockResponse().setHeader("Content-Type", "text/html").setBody("<html>维护中</html>"));

        PortalFeed feed = getFeed("/api/portal/feed");

        assertThat(feed.sectors().get("housing")).isEqualTo(SectorStatus.unavailable("板块返回的数据无法识别"));
    }

    @Test
    void feedAnswers200WhenEverySectorIsDown() {
        land.answers(new MockResponse().setResponseCode(503));
        housing.answers(new MockResponse().setResponseCode(502));

        client.get().uri("/api/portal/feed")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items").isEmpty()
                .jsonPath("$.nextCursor").isEmpty()
                .jsonPath("$.sectors.land.status").isEqualTo("unavailable")
                .jsonPath("$.sectors.housing.status").isEqualTo("unavailable");
    }

    @Test
    void openBreakerSkipsTheSectorWithoutCallingIt() {
        breakers.circuitBreaker(SectorClients.BREAKER_PREFIX + "housing").transitionToForcedOpenState();

        PortalFeed feed = getFeed("/api/portal/feed");

        assertThat(feed.sectors().get("housing").status()).isEqualTo("unavailable");
        assertThat(feed.sectors().get("housing").reason()).contains("暂停调用");
        assertThat(housing.requests()).isEmpty();
    }

    @Test
    void badLimitCursorAndDatesAreAllReportedAsOneProblem() {
        client.get().uri("/api/portal/feed?limit=500&cursor=not-a-cursor&from=2026-02-30&sector=land,schools")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gongkai.example/problems/validation")
                .jsonPath("$.title").isEqualTo("请求内容有误")
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.errors[*].field").isEqualTo(List.of("limit", "cursor", "sector", "from"));
        assertThat(land.requests()).isEmpty();
        assertThat(housing.requests()).isEmpty();
    }

    @Test
    void nonNumericLimitIsABadRequest() {
        client.get().uri("/api/portal/feed?limit=abc")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
    }

    @Test
    void postingToTheFeedIsMethodNotAllowedAsProblem() {
        client.post().uri("/api/portal/feed")
                .exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/method-not-allowed");
    }

    private PortalFeed getFeed(String uri) {
        return client.get().uri(uri)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(PortalFeed.class)
                .returnResult().getResponseBody();
    }
}

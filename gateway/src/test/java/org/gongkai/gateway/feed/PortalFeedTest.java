package org.gongkai.gateway.feed;

import org.gongkai.gateway.portal.PortalFeed;
import org.gongkai.gateway.portal.SectorStatus;
import org.gongkai.gateway.support.PortalTestBase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import okhttp3.mockwebserver.MockResponse;

import org.gongkai.api.FeedCursor;
import org.gongkai.api.FeedItem;
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
                .allSatisfy((name, status) -> assertThat(status.status()).isEqualTo(SectorStatus.OK));
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
    void whenFilteringThenOnlyMatchingNoticesComeAndNoSectorIsCalled() {
        FeedItem plan = withTitle(land.item("L1", T), "征地补偿安置方案", "230202001001");
        FeedItem other = withTitle(land.item("L2", T.minusSeconds(10)), "城镇住房保障名单", "230203001001");
        land.serves(List.of(plan, other));
        housing.serves(List.of(withTitle(housing.item("H1", T.minusSeconds(20)), "保障房补偿说明", "230202002001")));

        assertThat(getFeed("/api/portal/feed?q=补偿安置").items()).extracting(FeedItem::id)
                .containsExactly("land:L1");
        assertThat(getFeed("/api/portal/feed?q=补偿").items()).extracting(FeedItem::id)
                .containsExactly("land:L1", "housing:H1");
        assertThat(getFeed("/api/portal/feed?region=230202").items()).extracting(FeedItem::id)
                .containsExactly("land:L1", "housing:H1");
        assertThat(getFeed("/api/portal/feed?from=2026-03-10&to=2026-03-10&sector=land").items())
                .extracting(FeedItem::id).containsExactly("land:L1", "land:L2");
        assertThat(getFeed("/api/portal/feed?from=2026-03-11").items()).isEmpty();
        assertThat(getFeed("/api/portal/feed?type=OTHER").items()).isEmpty();
        // every answer came from the read model: the fakes saw only the gateway's change-feed requests
        assertThat(land.requests()).isEmpty();
        assertThat(housing.requests()).isEmpty();
    }

    @Test
    void selectingASectorShowsOnlyThatSector() {
        land.serves(List.of(land.item("L1", T)));
        housing.serves(List.of(housing.item("H1", T)));

        PortalFeed feed = getFeed("/api/portal/feed?sector=land");

        assertThat(feed.items()).extracting(FeedItem::id).containsExactly("land:L1");
        assertThat(feed.sectors()).containsOnlyKeys("land");
    }

    @Test
    void whenANoticeIsWithdrawnThenItLeavesTheFeedAndStaysReadableById() {
        land.serves(List.of(land.item("L1", T), land.item("L2", T.minusSeconds(1))));

        land.withdraw("land:L1");

        assertThat(getFeed("/api/portal/feed").items()).extracting(FeedItem::id).containsExactly("land:L2");
        client.get().uri("/api/portal/notices/land:L1").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("WITHDRAWN");
    }

    @Test
    void whenASectorsChangeFeedFailsThenItsNoticesStayNamedUnavailable() {
        land.serves(List.of(land.item("L1", T)));
        housing.serves(List.of(housing.item("H1", T.minusSeconds(5))));

        housing.changeFeedAnswers(new MockResponse().setResponseCode(500).setBody("boom"));
        SectorStatus status = awaitStatus("housing", SectorStatus.UNAVAILABLE);

        PortalFeed feed = getFeed("/api/portal/feed");
        assertThat(feed.items()).extracting(FeedItem::id).containsExactly("land:L1", "housing:H1");
        assertThat(feed.sectors().get("land").status()).isEqualTo(SectorStatus.OK);
        assertThat(status.reason()).contains("HTTP 500");
        assertThat(status.asOf()).isNotNull();
    }

    @Test
    void whenASectorAnswersGarbageOrHtmlThenItIsUnavailableAndKeepsItsNotices() {
        housing.serves(List.of(housing.item("H1", T)));

        housing.changeFeedAnswers(new MockResponse().setHeader("Content-Type", "application/json")
                .setBody("{\"changes\": [oops"));
        awaitStatus("housing", SectorStatus.UNAVAILABLE);
        assertThat(getFeed("/api/portal/feed?sector=housing").items()).extracting(FeedItem::id)
                .containsExactly("housing:H1");

        housing.changeFeedAnswers(new MockResponse().setHeader("Content-Type", "text/html").setBody("<html>维护中</html>"));
        awaitStatus("housing", SectorStatus.UNAVAILABLE);
        assertThat(getFeed("/api/portal/feed?sector=housing").items()).hasSize(1);

        // once it answers again it is ok, and what it published meanwhile shows
        housing.changeFeedAnswers(null);
        housing.publish(housing.item("H2", T.plusSeconds(1)));
        PortalFeed feed = getFeed("/api/portal/feed?sector=housing");
        assertThat(feed.items()).extracting(FeedItem::id).containsExactly("housing:H2", "housing:H1");
        assertThat(feed.sectors().get("housing").status()).isEqualTo(SectorStatus.OK);
    }

    @Test
    void whenEverySectorIsDownThenTheFeedStillAnswers200() {
        land.changeFeedAnswers(new MockResponse().setResponseCode(503));
        housing.changeFeedAnswers(new MockResponse().setResponseCode(502));
        awaitStatus("land", SectorStatus.UNAVAILABLE);
        awaitStatus("housing", SectorStatus.UNAVAILABLE);

        client.get().uri("/api/portal/feed")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noCache())
                .expectBody()
                .jsonPath("$.items").isEmpty()
                .jsonPath("$.nextCursor").isEmpty()
                .jsonPath("$.sectors.land.status").isEqualTo("unavailable")
                .jsonPath("$.sectors.housing.status").isEqualTo("unavailable");
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

    private static FeedItem withTitle(FeedItem item, String title, String region) {
        return new FeedItem(item.id(), item.sector(), item.type(), item.typeName(), title, item.summary(), region,
                item.audience(), item.status(), item.validity(), item.publishedAt(), item.publicityStart(),
                item.publicityEnd(), item.phase(), item.daysLeft(), item.version(), item.digest());
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

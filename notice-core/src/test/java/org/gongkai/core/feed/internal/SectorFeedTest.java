package org.gongkai.core.feed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.sector.FixtureSectorApplication;
import fixture.sector.FixtureSectorTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.gongkai.api.FeedItem;
import org.gongkai.api.FeedPage;
import org.gongkai.core.demo.DemoScript;
import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeDraft;
import org.gongkai.core.testing.SectorTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * The sector feed over its read model. Every test works in its own region (a division code nobody else uses), so
 * the tests share one application and one store without seeing each other's notices.
 */
@FixtureSectorTest
class SectorFeedTest {

    static final LocalDate TODAY = SectorTestConfiguration.START;

    @Autowired
    WebTestClient client;

    @Autowired
    DemoScript demo;

    @Autowired
    SectorFeed feed;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void aPublishedNoticeIsListedAtOnceNewestFirst() {
        String region = "230202101001";
        Notice older = publish("FX-01", "较早的公示", "正文", region, TODAY.minusDays(3));
        Notice newer = publish("FX-01", "较新的公示", "正文", region, TODAY.minusDays(1));

        assertThat(ids(page("/api/fixture/public/feed?region=" + region))).containsExactly(newer.id(), older.id());
    }

    @Test
    void walkingTheCursorVisitsEveryNoticeOnceInFeedOrderEvenWithTiesInTime() {
        String region = "230202102001";
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // two a day: the same publication instant, ordered by id
            published.add(publish("FX-01", "公示" + i, "正文", region, TODAY.minusDays(10 - i / 2)).id());
        }

        List<FeedItem> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            FeedPage page = page("/api/fixture/public/feed?limit=3&region=" + region
                    + (cursor == null ? "" : "&cursor=" + cursor));
            walked.addAll(page.items());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(walked).isSortedAccordingTo(FeedItem.ORDER);
        assertThat(walked).extracting(FeedItem::id).containsExactlyInAnyOrderElementsOf(published)
                .doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void filtersByTypeRegionPrefixPhaseDatesAndChineseKeyword() {
        String county = "230202103";
        Notice running = publish("FX-01", "五龙街道冬春救助名单公示", "<p>对稻谷种植户发放补贴。</p>", county + "001",
                TODAY.minusDays(2));
        Notice ended = publish("FX-01", "湖滨街道救助名单公示", "<p>公示期已满。</p>", county + "002",
                TODAY.minusDays(30));
        Notice decision = publish("FX-02", "湖滨街道救助决定", "<p>决定如下。</p>", county + "002",
                TODAY.minusDays(5));
        String base = "/api/fixture/public/feed?region=" + county;

        assertThat(ids(page(base))).containsExactly(running.id(), decision.id(), ended.id());
        assertThat(ids(page(base + "&type=FIXTURE_DECISION"))).containsExactly(decision.id());
        assertThat(ids(page(base + "002"))).containsExactly(decision.id(), ended.id());
        assertThat(ids(page(base + "&phase=IN_PUBLICITY"))).containsExactly(running.id());
        assertThat(ids(page(base + "&phase=ended"))).containsExactly(ended.id());
        assertThat(ids(page(base + "&from=" + TODAY.minusDays(5) + "&to=" + TODAY.minusDays(3))))
                .containsExactly(decision.id());
        // a substring inside a word of the body, and one of the title; the read model does not segment Chinese
        assertThat(ids(page(base + "&q=稻谷种植"))).containsExactly(running.id());
        assertThat(ids(page(base + "&q=湖滨街道救助"))).containsExactly(decision.id(), ended.id());
        assertThat(ids(page(base + "&q=稻"))).containsExactly(running.id());
        assertThat(ids(page(base + "&q=没有这个词"))).isEmpty();
        FeedItem item = page(base + "&phase=IN_PUBLICITY").items().get(0);
        assertThat(item.daysLeft()).isEqualTo(5);
        assertThat(item.typeName()).isEqualTo("测试公示");
    }

    @Test
    void aChangeWrittenByAnotherInstanceShowsAfterTheRefreshAndAnOlderCopyNeverWins() {
        String region = "230202104001";
        Notice notice = publish("FX-01", "另一实例结束公示的公告", "正文", region, TODAY.minusDays(1));
        String feedUri = "/api/fixture/public/feed?region=" + region;
        // another instance withdraws it: a plain update, no event in this instance, later than any change seen
        long version = notice.version();
        java.time.Instant later = laterThanAnyChange();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(notice.id())), new Update().set("status", "CONCLUDED")
                .set("version", version + 1).set("updatedAt", later), Notice.class).block();

        assertThat(page(feedUri).items()).extracting(FeedItem::status).containsExactly("PUBLISHED");

        feed.refresh().block();
        assertThat(page(feedUri).items()).extracting(FeedItem::status).containsExactly("CONCLUDED");

        // a late copy of the older version (say, a slow event) is ignored, and a withdrawn notice leaves the feed
        feed.apply(notice);
        assertThat(page(feedUri).items()).extracting(FeedItem::status).containsExactly("CONCLUDED");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(notice.id())), new Update().set("status", "WITHDRAWN")
                .set("version", version + 2).set("updatedAt", later.plusSeconds(1)), Notice.class).block();
        feed.refresh().block();
        assertThat(page(feedUri).items()).isEmpty();
    }

    @Test
    void aNoticeInsertedByAnotherInstanceIsNotServedUntilTheRefreshBecauseReadsNeverQueryTheStore() {
        String region = "230202105001";
        Notice template = publish("FX-01", "样板", "正文", region, TODAY.minusDays(1));
        java.time.Instant later = laterThanAnyChange();
        Document copy = new Document();
        mongo.getConverter().write(template, copy);
        copy.put("_id", "fixture:from-another-instance");
        copy.put("title", "另一实例发布的公示");
        copy.put("version", 0L);
        copy.put("updatedAt", java.util.Date.from(later));
        mongo.getCollection("notices").flatMap(c -> Mono.from(c.insertOne(copy))).block();
        String feedUri = "/api/fixture/public/feed?region=" + region;

        assertThat(ids(page(feedUri))).containsExactly(template.id());

        feed.refresh().block();
        assertThat(ids(page(feedUri))).containsExactlyInAnyOrder(template.id(), "fixture:from-another-instance");
    }

    @Test
    void conditionalGetIsNotModifiedUntilTheFeedChanges() {
        String region = "230202106001";
        publish("FX-01", "缓存测试", "正文", region, TODAY.minusDays(1));
        String uri = "/api/fixture/public/feed?region=" + region;
        String etag = client.get().uri(uri).exchange().expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("max-age"))
                .returnResult(String.class).getResponseHeaders().getETag();
        assertThat(etag).isNotBlank();

        client.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, etag).exchange().expectStatus().isNotModified();

        publish("FX-01", "新的公示", "正文", region, TODAY);
        client.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, etag).exchange().expectStatus().isOk();
    }

    @Test
    void theSectorDocumentsItsApiWithChineseSummaries() {
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.openapi").exists()
                .jsonPath("$.paths['/api/fixture/public/feed'].get.summary").isEqualTo("公开公告信息流")
                .jsonPath("$.paths['/api/fixture/public/stats'].get.summary").isEqualTo("公开统计")
                .jsonPath("$.paths['/api/fixture/public/notices/{id}'].get").exists();
    }

    Notice publish(String row, String title, String body, String region, LocalDate day) {
        NoticeDraft draft = new NoticeDraft(row, title, body, Map.of("note", "无"), region,
                FixtureSectorApplication.audience(row, region), Disclosure.PROACTIVE, null, day.minusDays(1), null, null);
        return demo.published(draft, day, null).block();
    }

    /** The time another instance writes at: after every change in the store (the test dates move the clocks). */
    java.time.Instant laterThanAnyChange() {
        return mongo.findOne(new Query().with(org.springframework.data.domain.Sort.by(
                org.springframework.data.domain.Sort.Direction.DESC, "updatedAt")).limit(1), Notice.class)
                .block().updatedAt().plusSeconds(1);
    }

    FeedPage page(String uri) {
        return client.get().uri(uri).exchange().expectStatus().isOk().expectBody(FeedPage.class).returnResult()
                .getResponseBody();
    }

    static List<String> ids(FeedPage page) {
        return page.items().stream().map(FeedItem::id).toList();
    }
}

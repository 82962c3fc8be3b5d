package org.gongkai.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.sector.FixtureSectorApplication;
import fixture.sector.FixtureSectorTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.core.demo.DemoScript;
import org.gongkai.core.testing.SectorTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The queries sectors run through {@link NoticeFinder}, on the store: each test has a notice that matches and
 * neighbours that differ in one condition only (another region, another type, another payload value, withdrawn,
 * still in review), so a condition the query dropped or got wrong shows. Every test uses its own region.
 */
@FixtureSectorTest
class NoticeFinderTest {

    static final LocalDate TODAY = SectorTestConfiguration.START;
    static final Set<NoticeStatus> LIVE = EnumSet.of(NoticeStatus.IN_REVIEW, NoticeStatus.PUBLISHED,
            NoticeStatus.CONCLUDED);

    @Autowired
    NoticeFinder finder;

    @Autowired
    DemoScript demo;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void liveNoticesOfATypeInARegionWithAPayloadValueAreFoundAndNoNeighbour() {
        String region = "230202201001";
        Notice match = publish("FX-01", region, "甲");
        Notice inReview = demo.inReview(draft("FX-01", region, "甲"), TODAY.minusDays(1), null).block();
        publish("FX-01", "230202201002", "甲");
        publish("FX-02", region, "甲");
        publish("FX-01", region, "乙");
        withdrawn(publish("FX-01", region, "甲"));
        Notice last = publish("FX-01", region, "甲");

        NoticeQuery query = NoticeQuery.ofType("FIXTURE_NOTICE").inRegion(region).withPayload("note", "甲")
                .inStatus(LIVE);

        assertThat(ids(finder.find(query).collectList().block()))
                .containsExactlyInAnyOrder(match.id(), inReview.id(), last.id());
        assertThat(ids(finder.find(NoticeQuery.ofType("FIXTURE_NOTICE").inRegion(region).withPayload("note", "甲")
                .inStatus(LIVE).except(List.of(last.id(), inReview.id()))).collectList().block()))
                .containsExactly(match.id());
    }

    @Test
    void aPublicOnlyQueryLeavesOutWhatIsInReviewAndKeepsWithdrawnNoticesOnlyWhenAsked() {
        String region = "230202202001";
        Notice published = publish("FX-01", region, "丙");
        Notice withdrawn = withdrawn(publish("FX-01", region, "丙"));
        demo.inReview(draft("FX-01", region, "丙"), TODAY.minusDays(1), null).block();

        assertThat(ids(finder.find(NoticeQuery.ofType("FIXTURE_NOTICE").inRegion(region).publicOnly())
                .collectList().block())).containsExactlyInAnyOrder(published.id(), withdrawn.id());
        assertThat(ids(finder.find(NoticeQuery.ofType("FIXTURE_NOTICE").inRegion(region)
                .inStatus(Set.of(NoticeStatus.PUBLISHED)).publicOnly()).collectList().block()))
                .containsExactly(published.id());
    }

    @Test
    void theCachedPublicListIsTheQueryAnswerAndShowsAPublicationAtOnce() {
        String region = "230202203001";
        Notice first = publish("FX-01", region, "丁");
        publish("FX-02", region, "丁");
        demo.inReview(draft("FX-01", region, "丁"), TODAY.minusDays(1), null).block();
        NoticeQuery query = NoticeQuery.ofType("FIXTURE_NOTICE").inRegion(region).publicOnly();

        assertThat(ids(finder.findPublicCached(query).block())).containsExactly(first.id());

        Notice second = publish("FX-01", region, "丁");
        assertThat(ids(finder.findPublicCached(NoticeQuery.ofType("FIXTURE_NOTICE").inRegion(region).publicOnly())
                .block())).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(ids(finder.findPublicCached(NoticeQuery.ofType("FIXTURE_NOTICE").inRegion("230202203002")
                .publicOnly()).block())).isEmpty();
    }

    @Test
    void aNoticeIsFoundByIdWhateverItsStatusAndAnUnknownIdIsEmpty() {
        String region = "230202204001";
        Notice inReview = demo.inReview(draft("FX-01", region, "戊"), TODAY.minusDays(1), null).block();
        Notice withdrawn = withdrawn(publish("FX-02", region, "戊"));

        assertThat(finder.byId(inReview.id()).block().status()).isEqualTo(NoticeStatus.IN_REVIEW);
        assertThat(finder.byId(withdrawn.id()).block().status()).isEqualTo(NoticeStatus.WITHDRAWN);
        assertThat(finder.byId("fixture:no-such-notice").blockOptional()).isEmpty();
    }

    Notice publish(String row, String region, String note) {
        return demo.published(draft(row, region, note), TODAY.minusDays(1), null).block();
    }

    static NoticeDraft draft(String row, String region, String note) {
        return new NoticeDraft(row, "查询测试", "正文", Map.of("note", note), region,
                FixtureSectorApplication.audience(row, region), Disclosure.PROACTIVE, null, TODAY.minusDays(2), null, null);
    }

    Notice withdrawn(Notice notice) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(notice.id())),
                new Update().set("status", NoticeStatus.WITHDRAWN.name()), Notice.class).block();
        return finder.byId(notice.id()).block();
    }

    static List<String> ids(List<Notice> notices) {
        return notices.stream().map(Notice::id).toList();
    }
}

package org.gongkai.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.sector.FixtureSectorTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.bson.types.ObjectId;
import org.gongkai.api.FeedItem;
import org.gongkai.core.calendar.PeriodCalculator;
import org.gongkai.core.catalog.Catalog;
import org.gongkai.core.catalog.CatalogRow;
import org.gongkai.core.notice.internal.NoticeStore;
import org.gongkai.core.notice.PublicationPlanner;
import org.gongkai.core.notice.Transition;
import org.gongkai.core.security.Actor;
import org.gongkai.core.time.Zones;
import org.gongkai.core.demo.DemoScript;
import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeDraft;
import org.gongkai.core.testing.SectorTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Defence in depth: a notice written straight into the store (around the privacy gate, as a faulty import would) with ID
 * and mobile numbers in its title, body and payload reaches no public answer unmasked, and each one is counted.
 */
@FixtureSectorTest
class PublicResponseFilterTest {

    static final String ID = "230202198503121238";
    static final String GROUPED_ID = "2302 0219 6207 0820 1X";
    static final String MOBILE = "13800138000";

    @Autowired
    WebTestClient client;
    @Autowired
    DemoScript demo;
    @Autowired
    NoticeStore store;
    @Autowired
    Catalog catalog;
    @Autowired
    PeriodCalculator calculator;
    @Autowired
    MeterRegistry meters;

    @Test
    void aNumberPlantedAroundTheGateIsMaskedInEveryPublicAnswerAndCounted() {
        String region = "230202109001";
        NoticeDraft draft = new NoticeDraft("FX-01", "户主" + ID + "名单公示", "<p>联系人电话 " + MOBILE + "，身份证 "
                + GROUPED_ID + "</p>", Map.of("note", "身份证号" + ID), region, "PUBLIC", Disclosure.PROACTIVE, null,
                SectorTestConfiguration.START.minusDays(2), null, null);
        Notice planted = plantedPublished(draft, SectorTestConfiguration.START.minusDays(1));
        double before = masked();

        for (String uri : new String[] {"/api/fixture/public/notices/" + planted.id(),
                "/api/fixture/public/notices/" + planted.id() + "/canonical", "/api/fixture/public/feed?region=" + region}) {
            String body = client.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class)
                    .returnResult().getResponseBody();
            assertThat(body).as(uri).doesNotContain(ID).doesNotContain(MOBILE).doesNotContain(GROUPED_ID)
                    .doesNotContain("0219 6207");
            assertThat(body).as(uri).contains("2302**********1238");
        }
        assertThat(masked() - before).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aCleanAnswerIsSentAsItIs() {
        double before = masked();
        client.get().uri("/api/fixture/public/catalog").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.sector").isEqualTo("fixture");
        assertThat(masked()).isEqualTo(before);
    }

    /** Drafted, approved and published on {@code day} straight in the store: no gate, no rule sees it. */
    private Notice plantedPublished(NoticeDraft draft, LocalDate day) {
        Instant at = day.atTime(LocalTime.of(15, 0)).atZone(Zones.SHANGHAI).toInstant();
        Actor editor = demo.editor(draft.region());
        Actor reviewer = demo.reviewer(draft.region());
        CatalogRow row = catalog.require(draft.catalogRow());
        Notice notice = Notice.draft(FeedItem.globalId("fixture", new ObjectId().toHexString()), "fixture",
                row.noticeType(), draft, editor, at);
        notice.apply(Transition.SUBMIT, editor, at, null);
        notice.apply(Transition.APPROVE, reviewer, at, "通过");
        notice.publish(new PublicationPlanner(calculator, Clock.fixed(at, Zones.SHANGHAI)).plan(notice, row, at),
                reviewer, at);
        return store.insert(notice).block();
    }

    private double masked() {
        return meters.find("gongkai.privacy.leaks.masked").counters().stream().mapToDouble(c -> c.count()).sum();
    }
}

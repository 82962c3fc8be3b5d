package org.gongkai.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.sector.FixtureSectorApplication;
import fixture.sector.FixtureSectorTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.gongkai.api.SectorStats;
import org.gongkai.core.demo.DemoScript;
import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeDraft;
import org.gongkai.core.objection.Objection;
import org.gongkai.core.objection.internal.ObjectionRepository;
import org.gongkai.core.testing.SectorTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Statistics change by exactly what a test adds (the application is shared with other test classes). */
@FixtureSectorTest
class SectorStatisticsTest {

    static final LocalDate TODAY = SectorTestConfiguration.START;

    @Autowired
    WebTestClient client;

    @Autowired
    DemoScript demo;

    @Autowired
    ObjectionRepository objections;

    @Autowired
    java.time.Clock clock;

    @Test
    void countsByTypeRegionAndMonthWithRunningLateAndObjections() {
        SectorStats before = stats();
        String region = "230202201001";
        Notice running = publish("FX-01", region, TODAY.minusDays(1), TODAY.minusDays(2));
        publish("FX-01", region, LocalDate.of(2026, 9, 15), LocalDate.of(2026, 6, 1));
        publish("FX-02", region, TODAY.minusDays(3), TODAY.minusDays(4));
        demo.objection(running, TODAY, "张三", "13800000000", "名单有误", false).block();
        String upheldId = demo.objection(running, TODAY, "李四", "13900000000", "面积不对", false).block();
        Objection upheld = objections.findById(upheldId).block();
        objections.save(upheld.answered(Objection.Outcome.UPHELD, "经核实成立", "审核人", clock.instant(),
                upheld.answerDueBy().plusDays(1))).block();

        SectorStats after = stats();

        assertThat(after.sector()).isEqualTo("fixture");
        assertThat(after.notices() - before.notices()).isEqualTo(3);
        assertThat(after.inPublicity() - before.inPublicity()).isEqualTo(1);
        assertThat(after.publishedLate() - before.publishedLate()).isEqualTo(1);
        assertThat(delta(after.byType(), before.byType(), "FIXTURE_NOTICE")).isEqualTo(2);
        assertThat(delta(after.byType(), before.byType(), "FIXTURE_DECISION")).isEqualTo(1);
        assertThat(after.typeNames()).containsEntry("FIXTURE_DECISION", "测试决定");
        assertThat(after.byRegion()).containsEntry(region, 3);
        java.util.Map<String, Integer> months = new java.util.TreeMap<>();
        for (LocalDate published : List.of(TODAY.minusDays(1), LocalDate.of(2026, 9, 15), TODAY.minusDays(3))) {
            months.merge(published.toString().substring(0, 7), 1, Integer::sum);
        }
        months.forEach((month, count) -> assertThat(delta(after.byMonth(), before.byMonth(), month)).as(month)
                .isEqualTo(count));
        SectorStats.Objections added = after.objections();
        assertThat(added.filed() - before.objections().filed()).isEqualTo(2);
        assertThat(added.pending() - before.objections().pending()).isEqualTo(1);
        assertThat(added.upheld() - before.objections().upheld()).isEqualTo(1);
        assertThat(added.answeredLate() - before.objections().answeredLate()).isEqualTo(1);
    }

    @Test
    void statisticsCarryAnETagAndAConditionalGetIsNotModified() {
        String etag = client.get().uri("/api/fixture/public/stats").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getETag();

        client.get().uri("/api/fixture/public/stats").header(HttpHeaders.IF_NONE_MATCH, etag)
                .exchange().expectStatus().isNotModified();

        objections.insert(new Objection(new ObjectId().toHexString(), null, "fixture:none", null, "理由", "x", "y",
                false, clock.instant(), TODAY, Objection.Outcome.PENDING, null, null, null, false, null)).block();
        client.get().uri("/api/fixture/public/stats").header(HttpHeaders.IF_NONE_MATCH, etag)
                .exchange().expectStatus().isOk();
    }

    static int delta(Map<String, Integer> after, Map<String, Integer> before, String key) {
        return after.getOrDefault(key, 0) - before.getOrDefault(key, 0);
    }

    Notice publish(String row, String region, LocalDate day, LocalDate formed) {
        NoticeDraft draft = new NoticeDraft(row, "统计测试", "正文", Map.of("note", "无"), region,
                FixtureSectorApplication.audience(row, region),
                Disclosure.PROACTIVE, null, formed, null, null);
        return demo.published(draft, day, null).block();
    }

    SectorStats stats() {
        return client.get().uri("/api/fixture/public/stats").exchange().expectStatus().isOk()
                .expectBody(SectorStats.class).returnResult().getResponseBody();
    }
}

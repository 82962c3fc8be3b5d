package org.gongkai.core.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static fixture.sector.FixtureApi.EDITOR;
import static fixture.sector.FixtureApi.REVIEWER;
import static fixture.sector.FixtureApi.body;

import fixture.sector.FixtureSectorTest;
import fixture.sector.FixtureApi;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Objections: filed anonymously during the period, answered by the department, and what they do to conclusion. */
@FixtureSectorTest
class ObjectionLifecycleTest extends SectorApiTest<FixtureApi> {

    static final String OUTSIDE = "https://gongkai.example/problems/outside-publicity";
    static final String BLOCKED = "https://gongkai.example/problems/conclusion-blocked";


    ObjectionLifecycleTest() {
        super(FixtureApi::new, LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
    }

    @Test
    void anObjectionFiledDuringThePeriodIsReceivedAndTheObjectorIsNeverShownPublicly() {
        String id = api.createAndPublish(FixtureApi.announcement("预公告（异议受理）"));

        String receipt = api.fileObjection(id, "钱多多", "13904529876", "调查范围划错了第三组的地块", false)
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        assertThat(receipt).contains("\"id\"").contains("answerDueBy").doesNotContain("钱多多").doesNotContain("13904529876");

        web.get().uri("/api/fixture/notices/{id}/objections", id).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].name").isEqualTo("钱多多")
                .jsonPath("$[0].contact").isEqualTo("13904529876")
                .jsonPath("$[0].outcome").isEqualTo("PENDING");
        List<?> listed = web.get().uri("/api/fixture/notices/{id}/objections", id)
                .headers(h -> h.setBearerAuth(EDITOR)).exchange().expectBody(List.class).returnResult()
                .getResponseBody();
        String objectionId = ((Map<?, ?>) listed.get(0)).get("id").toString();

        api.answer(objectionId, "DISMISSED", "经现场核实，调查范围无误").expectStatus().isOk()
                .expectBody().jsonPath("$.outcome").isEqualTo("DISMISSED");
        api.answer(objectionId, "UPHELD", "改判").expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        String detail = api.publicDetail(id).expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(detail).doesNotContain("钱多多").doesNotContain("13904529876").contains("经现场核实，调查范围无误");
        api.publicDetail(id).expectBody().jsonPath("$.objections.filed").isEqualTo(1)
                .jsonPath("$.objections.dismissed").isEqualTo(1);
        web.get().uri("/api/fixture/notices/{id}/objections", id).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void objectionsBeforeThePeriodStartsOrAfterItEndsAreRefused() {
        String id = api.createAndPublish(FixtureApi.with(FixtureApi.announcement("预公告（定期开始）"),
                "publicationDate", "2026-11-09"));
        api.publicDetail(id).expectBody().jsonPath("$.period.start").isEqualTo("2026-11-09")
                .jsonPath("$.period.end").isEqualTo("2026-11-20")
                .jsonPath("$.period.phase").isEqualTo("SCHEDULED");

        api.fileObjection(id, "钱多多", "13904529876", "太早了", false).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(OUTSIDE);

        clock.set(LocalDate.of(2026, 11, 9), LocalTime.of(8, 0));
        api.fileObjection(id, "钱多多", "13904529876", "公示第一天", false).expectStatus().isCreated();

        clock.set(LocalDate.of(2026, 11, 21), LocalTime.of(0, 1));
        api.fileObjection(id, "钱多多", "13904529876", "太晚了", false).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(OUTSIDE);
    }

    @Test
    void concludingWaitsForThePeriodToEndAndForEveryObjectionToBeAnswered() {
        String id = api.createAndPublish(FixtureApi.announcement("预公告（结束公示）"));
        String objectionId = api.objection(id, "孙大力", "0452-2412345", "补偿标准偏低", false);

        clock.set(LocalDate.of(2026, 11, 5), LocalTime.of(10, 0));
        api.post(EDITOR, id, "conclude").expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(BLOCKED)
                .jsonPath("$.errors[?(@.field=='period')]").exists();

        clock.set(LocalDate.of(2026, 11, 14), LocalTime.of(9, 0));
        api.post(EDITOR, id, "conclude").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(BLOCKED)
                .jsonPath("$.errors[?(@.field=='period')]").doesNotExist()
                .jsonPath("$.errors[?(@.field=='objections')].reason")
                .value(reasons -> assertThat(reasons.toString()).contains("1件异议未答复").contains(objectionId));

        api.answer(objectionId, "DISMISSED", "补偿标准符合区片综合地价").expectStatus().isOk();
        api.post(EDITOR, id, "conclude").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CONCLUDED");
        api.publicDetail(id).expectBody().jsonPath("$.period.phase").isEqualTo("ENDED")
                .jsonPath("$.validity").isEqualTo("IN_FORCE");
    }

    @Test
    void anUpheldObjectionBlocksConclusionUntilACorrectionIsPublishedWithAFreshPeriod() {
        String title = "预公告（异议成立须更正）";
        String first = api.createAndPublish(FixtureApi.with(FixtureApi.announcement(title),
                "publicationDate", "2026-11-03"));
        clock.set(LocalDate.of(2026, 11, 4), LocalTime.of(9, 0));
        String objectionId = api.objection(first, "周正", "zhou@example.cn", "征收范围多划了一块宅基地", true);
        api.answer(objectionId, "UPHELD", "经核实，范围有误，将更正").expectStatus().isOk();

        clock.set(LocalDate.of(2026, 11, 17), LocalTime.of(9, 0));
        api.post(EDITOR, first, "conclude").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(BLOCKED)
                .jsonPath("$.errors[?(@.field=='objections')].reason")
                .value(reasons -> assertThat(reasons.toString()).contains("成立"));

        Map<String, Object> correction = body(api.post(EDITOR, first, "corrections").expectStatus().isCreated());
        String second = correction.get("id").toString();
        assertThat(correction).containsEntry("status", "DRAFT").containsEntry("revision", 2)
                .containsEntry("previousId", first).containsEntry("seriesId", first);

        clock.set(LocalDate.of(2026, 11, 18), LocalTime.of(9, 0));
        api.review(second);
        api.post(REVIEWER, second, "publish").expectStatus().isOk().expectBody()
                .jsonPath("$.period.start").isEqualTo("2026-11-18")
                .jsonPath("$.period.end").isEqualTo("2026-12-01");

        api.publicDetail(first).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("SUPERSEDED")
                .jsonPath("$.validity").isEqualTo("SUPERSEDED")
                .jsonPath("$.supersededBy").isEqualTo(second);
        api.publicDetail(second).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.revision").isEqualTo(2)
                .jsonPath("$.previousId").isEqualTo(first)
                .jsonPath("$.period.start").isEqualTo("2026-11-18")
                .jsonPath("$.period.phase").isEqualTo("IN_PUBLICITY")
                .jsonPath("$.versions.length()").isEqualTo(2)
                .jsonPath("$.versions[0].id").isEqualTo(first)
                .jsonPath("$.versions[0].status").isEqualTo("SUPERSEDED")
                .jsonPath("$.versions[1].id").isEqualTo(second);
        api.publicDetail(first).expectBody().jsonPath("$.versions.length()").isEqualTo(2);

        web.get().uri(u -> u.path("/api/fixture/public/feed").queryParam("q", title).build()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(second)
                .jsonPath("$.items[0].version").isEqualTo(2);

        api.post(EDITOR, first, "conclude").expectStatus().isEqualTo(409);
        clock.set(LocalDate.of(2026, 12, 2), LocalTime.of(9, 0));
        api.post(EDITOR, second, "conclude").expectStatus().isOk();
    }
}

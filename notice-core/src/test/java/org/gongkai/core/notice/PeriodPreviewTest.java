package org.gongkai.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static fixture.sector.FixtureApi.EDITOR;
import static fixture.sector.FixtureApi.REVIEWER;

import fixture.sector.FixtureSectorTest;
import fixture.sector.FixtureApi;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The period a draft would get if published on a given day (shown beside the publish button), and the public
 * calculator by catalogue row: both give exactly the period publishing then fixes.
 */
@FixtureSectorTest
class PeriodPreviewTest extends SectorApiTest<FixtureApi> {

    PeriodPreviewTest() {
        super(FixtureApi::new, LocalDate.of(2026, 9, 21), LocalTime.of(9, 0));
    }

    @Test
    void thePreviewForADayIsThePeriodPublishingThatDayFixes() {
        String id = api.create(FixtureApi.announcement("预公告（发布前预览公示期）"));
        api.review(id);

        Map<String, Object> preview = FixtureApi.body(preview(EDITOR, id, "2026-09-24").expectStatus().isOk());
        @SuppressWarnings("unchecked")
        Map<String, Object> period = (Map<String, Object>) preview.get("period");
        assertThat(preview).containsEntry("publishOn", "2026-09-24").containsEntry("start", "2026-09-24");
        assertThat(period).containsEntry("firstDay", "2026-09-24").containsEntry("lastDay", "2026-10-14")
                .containsEntry("rule", "10个工作日").containsEntry("catalogRow", "FX-03");
        assertThat(period.get("skippedDays")).isEqualTo(11);

        web.get().uri("/api/fixture/public/calendar/period?type=FIXTURE_ANNOUNCEMENT&start=2026-09-24").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.lastDay").isEqualTo("2026-10-14")
                .jsonPath("$.days[?(@.date=='2026-10-10')].kind").isEqualTo(java.util.List.of("MAKEUP_WORKING_DAY"));

        clock.set(LocalDate.of(2026, 9, 24), LocalTime.of(10, 0));
        api.post(REVIEWER, id, "publish").expectStatus().isOk().expectBody()
                .jsonPath("$.period.start").isEqualTo("2026-09-24")
                .jsonPath("$.period.end").isEqualTo("2026-10-14");
    }

    @Test
    void withoutADayThePreviewIsForTodayAndAPastDayIsRefused() {
        String id = api.create(FixtureApi.announcement("预公告（今日预览）"));

        preview(EDITOR, id, null).expectStatus().isOk().expectBody()
                .jsonPath("$.publishOn").isEqualTo("2026-09-21")
                .jsonPath("$.period.lastDay").isEqualTo("2026-10-10");
        preview(EDITOR, id, "2026-09-20").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("publishOn");
        preview(EDITOR, id, "9月24日").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("publishOn");
    }

    @Test
    void thePreviewIsForStaffOnly() {
        String id = api.create(FixtureApi.announcement("预公告（预览需登录）"));

        preview(null, id, "2026-09-24").expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec preview(String token, String id, String day) {
        return web.get().uri(builder -> {
            builder.path("/api/fixture/notices/{id}/period-preview");
            if (day != null) {
                builder.queryParam("publishOn", day);
            }
            return builder.build(id);
        }).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
        }).exchange();
    }
}

package org.gongkai.housing;

import static org.gongkai.housing.HousingApi.EDITOR;
import static org.gongkai.housing.HousingApi.HUBIN_OFFICE;

import java.time.LocalDate;
import java.time.LocalTime;
import org.gongkai.core.testing.MovableClock;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * HOUSING-03: the review decision on a rental-subsidy application is due within 15 days of receiving its materials;
 * the list shows that deadline (dueBy) and is marked late when published after it; its publicity lasts 15 days.
 */
@SectorIntegrationTest
class SubsidyReviewDeadlineTest {

    @Autowired
    WebTestClient web;
    @Autowired
    MovableClock clock;

    @Test
    void aListPublishedWithinFifteenDaysOfReceiptShowsTheDeadlineAndIsOnTime() {
        clock.set(LocalDate.of(2026, 11, 4), LocalTime.of(9, 0));
        HousingApi api = new HousingApi(web);
        String id = api.publishedWithRoster(HousingApi.withPayload(HousingApi.subsidyList("2026-10-20"), "batch",
                "2026年第四季度（按时）"), HUBIN_OFFICE, HousingApi.subsidyCsv());

        api.publicDetail(id).expectStatus().isOk().expectBody()
                .jsonPath("$.typeName").isEqualTo("住房租赁补贴家庭名单公示")
                .jsonPath("$.dueBy").isEqualTo("2026-11-04")
                .jsonPath("$.late").isEqualTo(false)
                .jsonPath("$.period.end").isEqualTo("2026-11-18");
        api.publicRoster(id).expectBody()
                .jsonPath("$.rows[0].householdHead").isEqualTo("李*明")
                .jsonPath("$.rows[0].idNumber").isEqualTo("2302**********123X")
                .jsonPath("$.rows[0].monthlySubsidy").isEqualTo("360.00")
                .jsonPath("$.rows[0].receivedOn").isEqualTo("2026-10-20");
    }

    @Test
    void aListPublishedOnTheSixteenthDayAfterReceiptIsMarkedLate() {
        clock.set(LocalDate.of(2026, 11, 5), LocalTime.of(9, 0));
        HousingApi api = new HousingApi(web);
        String id = api.publishedWithRoster(HousingApi.withPayload(HousingApi.subsidyList("2026-10-20"), "batch",
                "2026年第四季度（逾期）"), HUBIN_OFFICE, HousingApi.subsidyCsv());

        api.publicDetail(id).expectBody().jsonPath("$.dueBy").isEqualTo("2026-11-04").jsonPath("$.late")
                .isEqualTo(true);
        web.get().uri("/api/housing/notices/{id}", id).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                .expectBody().jsonPath("$.dueBy").isEqualTo("2026-11-04").jsonPath("$.late").isEqualTo(true)
                .jsonPath("$.history[?(@.action=='发布')].note").isEqualTo("超过公开时限发布");
    }
}

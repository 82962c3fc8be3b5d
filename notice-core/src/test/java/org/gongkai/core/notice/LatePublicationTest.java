package org.gongkai.core.notice;

import fixture.sector.FixtureSectorTest;
import fixture.sector.FixtureApi;
import java.time.LocalDate;
import java.time.LocalTime;
import org.gongkai.core.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The acquisition announcement is due within 15 working days of approval (Regulations art. 31). */
@FixtureSectorTest
class LatePublicationTest {

    @Autowired
    WebTestClient web;
    @Autowired
    MovableClock clock;

    /**
     * 15 working days after approval on Friday 2026-10-09: Saturday 10-10 is a make-up working day (1), then
     * 10-12..10-16 (2-6), 10-19..10-23 (7-11), 10-26..10-29 (12-15): due by 2026-10-29.
     */
    @Test
    void anAnnouncementPublishedMoreThanFifteenWorkingDaysAfterApprovalIsMarkedLate() {
        clock.set(LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
        FixtureApi api = new FixtureApi(web);
        String id = api.create(FixtureApi.approvedNotice("征收土地公告（逾期）", "2026-10-09"));
        api.publish(id);
        api.publicDetail(id).expectStatus().isOk().expectBody()
                .jsonPath("$.late").isEqualTo(true)
                .jsonPath("$.dueBy").isEqualTo("2026-10-29")
                .jsonPath("$.period").doesNotExist();
        web.get().uri("/api/fixture/notices/{id}", id).headers(h -> h.setBearerAuth(FixtureApi.EDITOR)).exchange()
                .expectBody().jsonPath("$.late").isEqualTo(true).jsonPath("$.dueBy").isEqualTo("2026-10-29");
    }

    @Test
    void anAnnouncementWithinFifteenWorkingDaysOfApprovalIsOnTime() {
        clock.set(LocalDate.of(2026, 10, 29), LocalTime.of(9, 0));
        FixtureApi api = new FixtureApi(web);
        String id = api.create(FixtureApi.approvedNotice("征收土地公告（按时）", "2026-10-09"));
        api.publish(id);
        api.publicDetail(id).expectBody()
                .jsonPath("$.late").isEqualTo(false)
                .jsonPath("$.dueBy").isEqualTo("2026-10-29");
    }
}

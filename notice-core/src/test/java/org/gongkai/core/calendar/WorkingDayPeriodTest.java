package org.gongkai.core.calendar;

import static fixture.sector.FixtureApi.REVIEWER;

import fixture.sector.FixtureSectorTest;
import fixture.sector.FixtureApi;
import java.time.LocalDate;
import java.time.LocalTime;
import org.gongkai.core.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Working-day periods follow the State Council's holiday notice (config/repo/calendars), through the API. */
@FixtureSectorTest
class WorkingDayPeriodTest {

    @Autowired
    WebTestClient web;
    @Autowired
    MovableClock clock;

    /**
     * Ten working days from Thursday 2026-09-24: 09-24 (1); 09-25..09-27 off (Mid-Autumn); 09-28, 09-29, 09-30
     * (2-4); 10-01..10-07 off (National Day); 10-08, 10-09 (5-6); Saturday 10-10 is a make-up working day (7);
     * 10-11 Sunday off; 10-12, 10-13, 10-14 (8-10).
     */
    @Test
    void aPreAnnouncementPublishedBeforeMidAutumnAndNationalDayEndsOnTheTenthWorkingDay() {
        clock.set(LocalDate.of(2026, 9, 24), LocalTime.of(9, 0));
        FixtureApi api = new FixtureApi(web);
        String id = api.create(FixtureApi.announcement("预公告（跨国庆假期）"));
        api.review(id);
        api.post(REVIEWER, id, "publish").expectStatus().isOk().expectBody()
                .jsonPath("$.period.start").isEqualTo("2026-09-24")
                .jsonPath("$.period.end").isEqualTo("2026-10-14");
        api.publicDetail(id).expectBody()
                .jsonPath("$.period.end").isEqualTo("2026-10-14")
                .jsonPath("$.period.daysLeft").isEqualTo(21);

        clock.set(LocalDate.of(2026, 10, 14), LocalTime.of(23, 0));
        api.fileObjection(id, "钱多多", "13904529876", "最后一天", false).expectStatus().isCreated();
        clock.set(LocalDate.of(2026, 10, 15), LocalTime.of(0, 30));
        api.fileObjection(id, "钱多多", "13904529876", "已过期", false).expectStatus().isEqualTo(409);
    }

    @Test
    void aNoticeWhosePublicationDateHasPassedIsRefusedAtPublish() {
        clock.set(LocalDate.of(2026, 9, 24), LocalTime.of(9, 0));
        FixtureApi api = new FixtureApi(web);
        String id = api.create(FixtureApi.with(FixtureApi.announcement("预公告（开始日期已过）"),
                "publicationDate", "2026-09-21"));
        api.review(id);
        api.post(REVIEWER, id, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("publicationDate");
        api.publicDetail(id).expectStatus().isNotFound();
        api.notice(id);
    }
}

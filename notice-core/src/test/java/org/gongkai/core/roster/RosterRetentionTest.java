package org.gongkai.core.roster;

import static fixture.sector.FixtureApi.EDITOR;

import fixture.sector.FixtureSectorTest;
import fixture.sector.FixtureApi;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import org.gongkai.core.privacy.IdNumbers;
import org.gongkai.core.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** "Who publishes, cleans up": a roster leaves public view after the period plus the row's 180 retention days. */
@FixtureSectorTest
class RosterRetentionTest {

    @Autowired
    WebTestClient web;
    @Autowired
    MovableClock clock;

    @Test
    void theRosterIsWithdrawnFromPublicViewAfterPeriodEndPlusRetentionWhileTheNoticeStays() {
        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
        FixtureApi api = new FixtureApi(web);
        String id = api.create(FixtureApi.rosterNotice("补偿明细（保留期测试）"));
        byte[] csv = (FixtureApi.HEADER + "王大山,"
                + IdNumbers.withCheckDigit("23020219800108123") + ",第三村民小组,水田,1.50,63000,\n")
                .getBytes(StandardCharsets.UTF_8);
        api.uploadRoster(id, "名单.csv", csv).expectStatus().isCreated();
        api.publish(id);

        LocalDate periodEnd = LocalDate.of(2026, 3, 8);
        LocalDate lastPublicDay = periodEnd.plusDays(180);
        api.publicDetail(id).expectStatus().isOk().expectBody()
                .jsonPath("$.period.end").isEqualTo(periodEnd.toString())
                .jsonPath("$.roster.publicUntil").isEqualTo(lastPublicDay.toString())
                .jsonPath("$.roster.withdrawn").isEqualTo(false);

        clock.set(lastPublicDay, LocalTime.of(23, 59));
        web.get().uri("/api/fixture/public/notices/{id}/roster", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.rows.length()").isEqualTo(1);

        clock.set(lastPublicDay.plusDays(1), LocalTime.of(0, 1));
        web.get().uri("/api/fixture/public/notices/{id}/roster", id).exchange().expectStatus().isEqualTo(410)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/roster-withdrawn");
        api.publicDetail(id).expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(id)
                .jsonPath("$.roster.withdrawn").isEqualTo(true);
        web.get().uri("/api/fixture/notices/{id}/roster", id).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1);
    }
}

package org.gongkai.core.notice;

import static fixture.sector.FixtureApi.EDITOR;

import fixture.sector.FixtureSectorTest;
import fixture.sector.FixtureApi;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.gongkai.core.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A published notice is withdrawn only with a public reason; it stays readable, marked repealed. */
@FixtureSectorTest
class WithdrawalTest {

    @Autowired
    WebTestClient web;
    @Autowired
    MovableClock clock;

    @Test
    void aWithdrawnNoticeShowsRepealedAndItsPublicReason() {
        clock.set(LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
        FixtureApi api = new FixtureApi(web);
        String id = api.createAndPublish(FixtureApi.announcement("预公告（撤回）"));
        String reason = "项目选址调整，本预公告作废";

        api.post(EDITOR, id, "withdraw", Map.of("reason", reason)).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("WITHDRAWN");
        api.publicDetail(id).expectStatus().isOk().expectBody()
                .jsonPath("$.validity").isEqualTo("REPEALED")
                .jsonPath("$.validityName").isEqualTo("已废止")
                .jsonPath("$.withdrawalReason").isEqualTo(reason)
                .jsonPath("$.history[?(@.note=='" + reason + "')]").exists();
        api.fileObjection(id, "钱多多", "13904529876", "撤回后", false).expectStatus().isEqualTo(409);
    }

    @Test
    void withdrawingWithoutAReasonIsRefusedListingReason() {
        clock.set(LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
        FixtureApi api = new FixtureApi(web);
        String id = api.createAndPublish(FixtureApi.announcement("预公告（无理由撤回）"));

        api.post(EDITOR, id, "withdraw").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        api.post(EDITOR, id, "withdraw", Map.of()).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        api.post(EDITOR, id, "withdraw", Map.of("reason", "   ")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        api.publicDetail(id).expectBody().jsonPath("$.validity").isEqualTo("IN_FORCE");
    }
}

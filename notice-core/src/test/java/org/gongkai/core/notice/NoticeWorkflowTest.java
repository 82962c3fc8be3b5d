package org.gongkai.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.sector.FixtureSectorTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.gongkai.core.testing.MovableClock;
import org.gongkai.core.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@FixtureSectorTest
class NoticeWorkflowTest {

    static final String EDITOR = Tokens.mint("clerk-li", "李文", "fixture", "230202", "editor");
    static final String REVIEWER = Tokens.mint("reviewer-zhao", "赵敏", "fixture", "230202", "reviewer");

    @Autowired
    WebTestClient web;
    @Autowired
    MovableClock clock;

    @Test
    void anAnnouncementGoesFromDraftToThePublicFeedWithATenWorkingDayPeriod() {
        clock.set(LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
        String id = create(EDITOR, announcement());
        post(EDITOR, id, "submit").expectStatus().isOk();
        post(REVIEWER, id, "approve").expectStatus().isOk();
        post(REVIEWER, id, "publish").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.period.start").isEqualTo("2026-11-02")
                .jsonPath("$.period.end").isEqualTo("2026-11-13");

        web.get().uri("/api/fixture/public/feed").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id=='" + id + "')].phase").isEqualTo("IN_PUBLICITY");
        web.get().uri("/api/fixture/public/notices/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.validity").isEqualTo("IN_FORCE")
                .jsonPath("$.period.daysLeft").isEqualTo(12);
    }

    @Test
    void theAuthorCannotApproveTheirOwnDraft() {
        String both = Tokens.mint("clerk-wang", "王芳", "fixture", "230202", "editor", "reviewer");
        String id = create(both, announcement());
        post(both, id, "submit").expectStatus().isOk();
        post(both, id, "approve").expectStatus().isForbidden().expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/reviewer-is-author");
    }

    @Test
    void writesWithoutATokenOrFromAnotherSectorOrRegionAreRefused() {
        web.post().uri("/api/fixture/notices").contentType(MediaType.APPLICATION_JSON).bodyValue(announcement())
                .exchange().expectStatus().isUnauthorized().expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        String housing = Tokens.mint("h", "住建", "housing", "230202", "editor");
        web.post().uri("/api/fixture/notices").headers(h -> h.setBearerAuth(housing))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(announcement())
                .exchange().expectStatus().isForbidden();
        String otherCounty = Tokens.mint("x", "外区", "fixture", "230203", "editor");
        web.post().uri("/api/fixture/notices").headers(h -> h.setBearerAuth(otherCounty))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(announcement())
                .exchange().expectStatus().isForbidden();
        String forged = Tokens.signedWith("some-other-key-that-is-long-enough-for-hs256!!", "x", "x", "fixture", "230202",
                "editor");
        web.post().uri("/api/fixture/notices").headers(h -> h.setBearerAuth(forged))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(announcement())
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void submittingWithoutTheRequiredElementsListsEveryMissingOne() {
        Map<String, Object> draft = new java.util.HashMap<>(announcement());
        draft.put("payload", Map.of("projectName", "测试项目"));
        String id = create(EDITOR, draft);
        post(EDITOR, id, "submit").expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field=='payload.purpose')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.rushBuildingBan')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.surveyArrangements')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.areaHectares')]").exists();
    }

    @Test
    void anUnmaskedMobileNumberInTheBodyBlocksPublicationNamingThePlace() {
        Map<String, Object> draft = new java.util.HashMap<>(announcement());
        draft.put("body", "<p>联系人：张先生，电话13904521234。</p>");
        String id = create(EDITOR, draft);
        post(EDITOR, id, "submit").expectStatus().isOk();
        post(REVIEWER, id, "approve").expectStatus().isOk();
        post(REVIEWER, id, "publish").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/privacy-leak")
                .jsonPath("$.errors[0].field").isEqualTo("body");
        web.get().uri("/api/fixture/public/notices/{id}", id).exchange().expectStatus().isNotFound();
    }

    @Test
    void scriptsAreStrippedFromTheBody() {
        Map<String, Object> draft = new java.util.HashMap<>(announcement());
        draft.put("body", "<p onclick=\"steal()\">公告<script>alert(1)</script><a href=\"javascript:x()\">链接</a></p>");
        String id = create(EDITOR, draft);
        web.get().uri("/api/fixture/notices/{id}", id).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.body").value(body -> assertThat((String) body)
                        .doesNotContain("script").doesNotContain("onclick").doesNotContain("javascript"));
    }

    @Test
    void badInputAnswersProblemJsonListingEveryField() {
        web.post().uri("/api/fixture/notices").headers(h -> h.setBearerAuth(EDITOR))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("catalogRow", "", "title", "", "region", "2302"))
                .exchange().expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors.length()").value(n -> assertThat((Integer) n).isGreaterThanOrEqualTo(4));
        web.get().uri("/api/fixture/public/feed?limit=0&cursor=garbage&phase=SOON").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors.length()").isEqualTo(3);
    }

    static Map<String, Object> announcement() {
        return Map.of("catalogRow", "FX-03", "title", "征收土地预公告（测试）",
                "body", "<p>拟征收大民村集体土地。</p>",
                "payload", Map.of("projectName", "测试项目", "purpose", "学校建设", "scope", "大民村第三村民小组",
                        "areaHectares", 1.5, "villages", List.of("大民村"), "surveyArrangements", "11月开展调查",
                        "rushBuildingBan", "不得抢栽抢建"),
                "region", "230202000000", "audience", "230202100201", "disclosure", "PROACTIVE",
                "informationFormedOn", "2026-10-28");
    }

    String create(String token, Map<String, Object> draft) {
        return web.post().uri("/api/fixture/notices").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(draft).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    WebTestClient.ResponseSpec post(String token, String id, String action) {
        return web.post().uri("/api/fixture/notices/{id}/" + action, id).headers(h -> h.setBearerAuth(token)).exchange();
    }
}

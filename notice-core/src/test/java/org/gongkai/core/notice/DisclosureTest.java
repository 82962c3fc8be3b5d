package org.gongkai.core.notice;

import fixture.sector.FixtureApi;
import fixture.sector.FixtureSectorTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.core.testing.MovableClock;
import org.gongkai.core.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@FixtureSectorTest
class DisclosureTest {

    static final String EDITOR = Tokens.mint("clerk-sun", "孙丽", "fixture", "230202", "editor");
    static final String REVIEWER = Tokens.mint("reviewer-qian", "钱进", "fixture", "230202", "reviewer");

    @Autowired
    WebTestClient web;
    @Autowired
    MovableClock clock;

    @Test
    void aNoticeNotDisclosedNeedsAReasonAndNeverReachesThePublic() {
        clock.set(LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
        FixtureApi api = api();
        Map<String, Object> draft = new HashMap<>(NoticeWorkflowTest.announcement());
        draft.put("disclosure", "NOT_DISCLOSED");
        draft.put("title", "不予公开的预公告（测试）");
        String id = api.create(draft);
        api.post(EDITOR, id, "submit").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[?(@.field=='disclosureReason')]").exists();

        draft.put("disclosureReason", "涉及国家秘密（测试）");
        api.revise(id, draft).expectStatus().isOk();
        api.post(EDITOR, id, "submit").expectStatus().isOk();
        api.post(REVIEWER, id, "approve").expectStatus().isOk();
        api.post(REVIEWER, id, "publish").expectStatus().isOk();

        web.get().uri("/api/fixture/public/notices/{id}", id).exchange().expectStatus().isNotFound();
        web.get().uri("/api/fixture/public/feed?limit=100").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id=='" + id + "')]").doesNotExist();
    }

    @Test
    void aPublishedNoticeCannotBeEditedInPlace() {
        clock.set(LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
        FixtureApi api = api();
        Map<String, Object> draft = new HashMap<>(NoticeWorkflowTest.announcement());
        String id = api.create(draft);
        api.post(EDITOR, id, "submit").expectStatus().isOk();
        api.post(REVIEWER, id, "approve").expectStatus().isOk();
        api.post(REVIEWER, id, "publish").expectStatus().isOk();
        draft.put("title", "偷偷修改的标题");
        api.revise(id, draft)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/illegal-transition");
        api.post(REVIEWER, id, "publish").expectStatus().isEqualTo(409);
    }

    /** The fixture's calls, made as this test's own editor and reviewer. */
    private FixtureApi api() {
        return new FixtureApi(web, EDITOR, REVIEWER);
    }
}

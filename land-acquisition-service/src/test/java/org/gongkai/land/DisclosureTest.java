package org.gongkai.land;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.core.testing.MovableClock;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.gongkai.core.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@SectorIntegrationTest
class DisclosureTest {

    static final String EDITOR = Tokens.mint("clerk-sun", "孙丽", "land", "230202", "editor");
    static final String REVIEWER = Tokens.mint("reviewer-qian", "钱进", "land", "230202", "reviewer");

    @Autowired
    WebTestClient web;
    @Autowired
    MovableClock clock;

    @Test
    void aNoticeNotDisclosedNeedsAReasonAndNeverReachesThePublic() {
        clock.set(LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
        Map<String, Object> draft = new HashMap<>(LandNoticeLifecycleTest.preAnnouncement());
        draft.put("disclosure", "NOT_DISCLOSED");
        draft.put("title", "不予公开的预公告（测试）");
        String id = create(draft);
        post(EDITOR, id, "submit").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[?(@.field=='disclosureReason')]").exists();

        draft.put("disclosureReason", "涉及国家秘密（测试）");
        web.put().uri("/api/land/notices/{id}", id).headers(h -> h.setBearerAuth(EDITOR))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(draft).exchange().expectStatus().isOk();
        post(EDITOR, id, "submit").expectStatus().isOk();
        post(REVIEWER, id, "approve").expectStatus().isOk();
        post(REVIEWER, id, "publish").expectStatus().isOk();

        web.get().uri("/api/land/public/notices/{id}", id).exchange().expectStatus().isNotFound();
        web.get().uri("/api/land/public/feed?limit=100").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id=='" + id + "')]").doesNotExist();
    }

    @Test
    void aPublishedNoticeCannotBeEditedInPlace() {
        clock.set(LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
        Map<String, Object> draft = new HashMap<>(LandNoticeLifecycleTest.preAnnouncement());
        String id = create(draft);
        post(EDITOR, id, "submit").expectStatus().isOk();
        post(REVIEWER, id, "approve").expectStatus().isOk();
        post(REVIEWER, id, "publish").expectStatus().isOk();
        draft.put("title", "偷偷修改的标题");
        web.put().uri("/api/land/notices/{id}", id).headers(h -> h.setBearerAuth(EDITOR))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(draft).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/illegal-transition");
        post(REVIEWER, id, "publish").expectStatus().isEqualTo(409);
    }

    String create(Map<String, Object> draft) {
        return web.post().uri("/api/land/notices").headers(h -> h.setBearerAuth(EDITOR))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(draft).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    WebTestClient.ResponseSpec post(String token, String id, String action) {
        return web.post().uri("/api/land/notices/{id}/" + action, id).headers(h -> h.setBearerAuth(token)).exchange();
    }
}

package org.gongkai.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static fixture.sector.FixtureApi.EDITOR;

import fixture.sector.FixtureSectorTest;
import fixture.sector.FixtureApi;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Title and payload are plain text: markup there is refused with every offending field named; body stays HTML. */
@FixtureSectorTest
class PlainTextFieldsTest {

    @Autowired
    WebTestClient web;

    @Test
    void markupInTheTitleOrThePayloadIsRefusedFieldByField() {
        Map<String, Object> draft = FixtureApi.with(FixtureApi.announcement("<script>alert(1)</script>预公告"),
                "payload", Map.of("projectName", "<img src=x onerror=alert(1)>", "purpose", "学校建设",
                        "scope", "javascript:alert(1)", "areaHectares", 1.5, "villages", java.util.List.of("大民村"),
                        "surveyArrangements", "开展土地现状调查", "rushBuildingBan", "不得抢栽抢建"));

        web.post().uri("/api/fixture/notices").headers(h -> h.setBearerAuth(EDITOR))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(draft).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[?(@.field=='title')].reason").value(r -> assertThat(r.toString()).contains("<script"))
                .jsonPath("$.errors[?(@.field=='payload.projectName')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.scope')]").exists();
    }

    @Test
    void theBodyIsHtmlAndIsSanitizedRatherThanRefused() {
        Map<String, Object> draft = FixtureApi.with(FixtureApi.announcement("预公告（正文含脚本）"), "body",
                "<p>拟征收</p><script>alert(1)</script>");

        web.post().uri("/api/fixture/notices").headers(h -> h.setBearerAuth(EDITOR))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(draft).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.body").value(b -> assertThat(b.toString()).contains("拟征收").doesNotContain("script"));
    }
}

package org.gongkai.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static fixture.sector.FixtureApi.EDITOR;

import fixture.sector.FixtureSectorTest;
import fixture.sector.FixtureApi;
import org.gongkai.core.testing.RawHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Every kind of bad request is answered in Chinese problem+json naming what was wrong, never with a class name or
 * Spring's English sentence; an unknown path or method is 404 or 405 (not "sign in"); no stack trace is logged.
 */
@FixtureSectorTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorAnswersTest {

    @Autowired
    WebTestClient web;

    @LocalServerPort
    int port;

    @Test
    void aBodyOfTheWrongMediaTypeIs415InChinese() {
        web.post().uri("/api/fixture/notices").headers(h -> h.setBearerAuth(EDITOR)).contentType(MediaType.TEXT_PLAIN)
                .bodyValue("标题").exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gongkai.example/problems/unsupported-media")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("text/plain")
                        .contains("application/json").doesNotContain("org.gongkai").doesNotContain("bodyType"));
    }

    @Test
    void aMissingQueryParameterOrUploadPartIsNamedInChinese() {
        web.get().uri("/api/fixture/public/notices/fixture:none/verify").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("digest")
                .jsonPath("$.detail").isEqualTo("缺少请求参数「digest」");
        String id = new FixtureApi(web).create(FixtureApi.rosterNotice("补偿明细（缺少文件）"));
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("other", "x".getBytes()).filename("x.csv");
        web.post().uri("/api/fixture/notices/{id}/rosters", id).headers(h -> h.setBearerAuth(EDITOR))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(parts.build()))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("缺少上传的文件部分「file」");
    }

    @Test
    void aBadParameterValueIsNotCalledABadJsonBody() {
        String id = new FixtureApi(web).create(FixtureApi.rosterNotice("补偿明细（参数有误）"));
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", "x".getBytes()).filename("x.csv");
        web.post().uri("/api/fixture/notices/{id}/rosters?async=perhaps", id).headers(h -> h.setBearerAuth(EDITOR))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(parts.build()))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString())
                        .contains("参数「async」").contains("perhaps").doesNotContain("JSON"));
    }

    @Test
    void anUnknownPathOrMethodIs404Or405EvenWithoutAToken() {
        web.get().uri("/api/fixture/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("没有这个接口"));
        web.delete().uri("/api/fixture/notices").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().valueEquals("Allow", "POST")
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("DELETE"));
        web.post().uri("/api/fixture/notices").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aMalformedPercentEscapeIsAChineseProblemNotAnEmpty400() throws Exception {
        for (String target : List.of("/api/fixture/public/feed?q=%zz", "/api/fixture/public/feed?q=%E5%8",
                "/api/fixture/public/notices/%zz")) {
            String answer = RawHttp.get(port, target);

            assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"detail\":\"请求地址无效").contains("百分号转义");
        }
    }

    @Test
    void aBodyOverTheLimitIs413NamingItAndAnOverlongReasonIsAFieldProblem() {
        String huge = "异".repeat(400_000);   // 1.2 MB of UTF-8
        web.post().uri("/api/fixture/public/notices/fixture:0000000000000000000000aa/objections")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "张三", "contact", "13800000000", "reason", huge)).exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("1MB"));

        String longReason = "异".repeat(33_000);   // about 100 KB of UTF-8: inside the body limit, over the field's
        web.post().uri("/api/fixture/public/notices/fixture:0000000000000000000000aa/objections")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "张三", "contact", "13800000000", "reason", longReason)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason")
                .jsonPath("$.errors[0].reason").isEqualTo("异议理由不超过2000字");
    }

    @Test
    void anUploadOverThePartLimitIs413NamingItNeverA500(CapturedOutput output) {
        String id = new FixtureApi(web).create(FixtureApi.rosterNotice("补偿明细（超大文件）"));
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new byte[65 * 1024 * 1024]).filename("大名单.csv");

        web.post().uri("/api/fixture/notices/{id}/rosters", id).headers(h -> h.setBearerAuth(EDITOR))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(parts.build()))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/payload-too-large")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("64MB").contains("上传的文件"));
        assertThat(output.getAll()).doesNotContain("DataBufferLimitException");
    }

    @Test
    void aNotFoundNoticeLogsNoStackTrace(CapturedOutput output) {
        int before = output.getAll().length();
        web.get().uri("/api/fixture/public/notices/fixture:0000000000000000000000aa").exchange().expectStatus().isNotFound();
        web.get().uri("/api/fixture/public/notices/fixture:0000000000000000000000aa").exchange().expectStatus().isNotFound();

        assertThat(output.getAll().substring(before)).doesNotContain("\tat ").doesNotContain("Exception");
    }
}

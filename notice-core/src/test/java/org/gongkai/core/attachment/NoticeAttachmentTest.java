package org.gongkai.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static fixture.sector.FixtureApi.REVIEWER;
import static fixture.sector.FixtureApi.body;

import fixture.sector.FixtureSectorTest;
import fixture.sector.FixtureApi;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.gongkai.core.testing.AttachmentFiles;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Attachments are judged by their bytes, served publicly only once published, and their names are privacy-scanned. */
@FixtureSectorTest
class NoticeAttachmentTest extends SectorApiTest<FixtureApi> {

    static final byte[] PDF = AttachmentFiles.pdf("Survey and boundary map of the acquired land.");

    NoticeAttachmentTest() {
        super(FixtureApi::new, LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
    }

    @Test
    void aPdfIsStoredAndServedPubliclyOnlyAfterPublicationWithHeadersThatStopSniffing() {
        String id = api.create(FixtureApi.announcement("预公告（附勘测定界图）"));
        Map<String, Object> view = body(api.attach(id, "勘测定界图.pdf", PDF).expectStatus().isCreated());
        @SuppressWarnings("unchecked")
        Map<String, Object> attachment = ((List<Map<String, Object>>) view.get("attachments")).get(0);
        assertThat(attachment).containsEntry("name", "勘测定界图.pdf").containsEntry("kind", "PDF");
        String url = "/api/fixture/public/attachments/" + attachment.get("id");

        web.get().uri(url).exchange().expectStatus().isNotFound();
        api.publish(id);

        byte[] served = web.get().uri(url).exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).contains("default-src 'none'"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(served).startsWith(AttachmentFiles.ascii("%PDF-"));
        assertThat(((Number) attachment.get("size")).longValue()).isEqualTo(served.length);
        assertThat(attachment.get("sha256")).isEqualTo(sha256(served));
        api.publicDetail(id).expectBody().jsonPath("$.attachments[0].url").isEqualTo(url)
                .jsonPath("$.attachments[0].sha256").isEqualTo(attachment.get("sha256"));
    }

    @Test
    void anHtmlFileNamedPdfIsRefusedAsUnsupportedMedia() {
        String id = api.create(FixtureApi.announcement("预公告（伪装附件）"));
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        api.attach(id, "x.pdf", html).expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/unsupported-media");
        assertThat((List<?>) api.notice(id).get("attachments")).isEmpty();
    }

    @Test
    void aMobileNumberInAnAttachmentNameBlocksPublication() {
        String id = api.create(FixtureApi.announcement("预公告（附件名含手机号）"));
        api.attach(id, "联系人张先生13904521234.pdf", PDF).expectStatus().isCreated();
        api.review(id);
        api.post(REVIEWER, id, "publish").expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/privacy-leak")
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("attachments[0].name");
        api.publicDetail(id).expectStatus().isNotFound();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

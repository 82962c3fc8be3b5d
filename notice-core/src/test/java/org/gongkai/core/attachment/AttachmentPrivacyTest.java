package org.gongkai.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.testing.AttachmentFiles.AUTHOR;
import static org.gongkai.core.testing.AttachmentFiles.GPS_DATUM;
import static org.gongkai.core.testing.AttachmentFiles.ascii;
import static org.gongkai.core.testing.AttachmentFiles.contains;
import static fixture.sector.FixtureApi.body;

import fixture.sector.FixtureSectorTest;
import fixture.sector.FixtureApi;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gongkai.core.testing.AttachmentFiles;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Before an attachment is stored, a PDF's text is scanned for personal numbers and every file loses the metadata
 * that names people; what is stored and served is the cleaned file, under a safe name with the sniffed extension.
 */
@FixtureSectorTest
class AttachmentPrivacyTest extends SectorApiTest<FixtureApi> {

    AttachmentPrivacyTest() {
        super(FixtureApi::new, LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
    }

    @Test
    void aPdfWithAnIdNumberOnPage2IsRefusedNamingThePageAndNeverTheNumber() {
        String id = api.create(FixtureApi.announcement("预公告（附件含身份证号）"));
        byte[] answer = api.attach(id, "补偿明细.pdf", AttachmentFiles.pdfWithIdNumberOnPage2())
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/privacy-leak")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("第2页").contains("重新上传"))
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("第2页")
                .jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason).startsWith("未脱敏的身份证号"))
                .returnResult().getResponseBodyContent();
        assertThat(new String(answer, StandardCharsets.UTF_8).replaceAll("\\D", "")).doesNotContain("19900307");
        assertThat((List<?>) api.notice(id).get("attachments")).isEmpty();
    }

    @Test
    void aPdfsAuthorProducerAndXmpAreGoneFromTheStoredFileAndItsDigestIsTheStoredFiles() throws IOException {
        String id = api.create(FixtureApi.announcement("预公告（附补偿标准）"));
        Map<String, Object> attachment = attachment(api.attach(id, "补偿标准.pdf", AttachmentFiles.pdfWithAuthorAndXmp()));
        api.publish(id);

        byte[] served = download(attachment).expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();

        assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain(AUTHOR, "LibreOffice", "xmpmeta");
        try (PDDocument pdf = Loader.loadPDF(served)) {
            assertThat(pdf.getDocumentInformation().getAuthor()).isNull();
            assertThat(pdf.getDocumentInformation().getProducer()).isNull();
            assertThat(pdf.getDocumentCatalog().getMetadata()).isNull();
        }
        assertThat(attachment.get("sha256")).isEqualTo(NoticeAttachmentTest.sha256(served));
        assertThat(((Number) attachment.get("size")).longValue()).isEqualTo(served.length);
    }

    @Test
    void aPhotosExifGpsXmpAndIptcAreGoneAndItIsServedAsTheJpegItIs() {
        String id = api.create(FixtureApi.announcement("预公告（附现场照片）"));
        Map<String, Object> attachment = attachment(api.attach(id, "现场照片.png", AttachmentFiles.jpegWithGps()));
        assertThat(attachment).containsEntry("name", "现场照片.jpg").containsEntry("kind", "JPEG");
        api.publish(id);

        byte[] served = download(attachment).expectHeader().contentType(MediaType.IMAGE_JPEG)
                .expectBody(byte[].class).returnResult().getResponseBody();

        assertThat(contains(served, AttachmentFiles.exifSegment())).isFalse();
        assertThat(contains(served, ascii(AUTHOR))).isFalse();
        assertThat(contains(served, ascii(GPS_DATUM))).isFalse();
        assertThat(contains(served, ascii("Photoshop 3.0"))).isFalse();
        assertThat(attachment.get("sha256")).isEqualTo(NoticeAttachmentTest.sha256(served));
        assertThat(((Number) attachment.get("size")).longValue()).isEqualTo(served.length);
    }

    @Test
    void aPngsTextChunksAreGoneFromTheStoredFile() {
        String id = api.create(FixtureApi.announcement("预公告（附区位图）"));
        Map<String, Object> attachment = attachment(api.attach(id, "区位图.png", AttachmentFiles.pngWithText()));
        api.publish(id);

        byte[] served = download(attachment).expectHeader().contentType(MediaType.IMAGE_PNG)
                .expectBody(byte[].class).returnResult().getResponseBody();

        assertThat(served).isEqualTo(AttachmentFiles.plainPng());
        assertThat(contains(served, ascii("tEXt"))).isFalse();
        assertThat(contains(served, ascii(AUTHOR))).isFalse();
    }

    @Test
    void anEncryptedPdfIsRefusedWithAChineseReason() {
        String id = api.create(FixtureApi.announcement("预公告（加密附件）"));
        api.attach(id, "批文.pdf", AttachmentFiles.encryptedPdf("")).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/attachment-rejected")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("该PDF已加密"));
        assertThat((List<?>) api.notice(id).get("attachments")).isEmpty();
    }

    @Test
    void aSignedPdfIsStoredAndServedByteForByte() {
        String id = api.create(FixtureApi.announcement("预公告（附省级批文）"));
        byte[] signed = AttachmentFiles.signedPdf(false);
        Map<String, Object> attachment = attachment(api.attach(id, "征地批文.pdf", signed));
        api.publish(id);
        assertThat(download(attachment).expectBody(byte[].class).returnResult().getResponseBody()).isEqualTo(signed);
    }

    @Test
    void aWordDocumentIsRefusedAsUnsupportedSayingToConvertItToPdf() {
        String id = api.create(FixtureApi.announcement("预公告（Word附件）"));
        byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};
        api.attach(id, "方案.docx", docx).expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("先转成PDF"));
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedAsTooLarge() {
        String id = api.create(FixtureApi.announcement("预公告（超大附件）"));
        byte[] huge = new byte[21 * 1024 * 1024];
        System.arraycopy(ascii("%PDF-1.7\n"), 0, huge, 0, 9);
        api.attach(id, "大图.pdf", huge).expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/payload-too-large")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("20MB"));
        assertThat((List<?>) api.notice(id).get("attachments")).isEmpty();
    }

    static Stream<Arguments> hostileNames() {
        return Stream.of(
                Arguments.of("../../etc/passwd", "passwd.pdf"),
                Arguments.of("..\\..\\windows\\win.ini.pdf", "win.ini.pdf"),
                Arguments.of("征地\u0000公告\u0007\u001B.pdf", "征地公告.pdf"),
                Arguments.of("征地<公告>:\"第1|2期\"?*.pdf", "征地_公告___第1_2期___.pdf"),
                Arguments.of("...公告.pdf", "公告.pdf"),
                Arguments.of("很".repeat(150) + ".pdf", "很".repeat(96) + ".pdf"),
                Arguments.of("附图.jpg", "附图.pdf"));
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void aHostileNameIsStoredAndServedAsASafeBaseName(String uploaded, String expected) {
        String id = api.create(FixtureApi.announcement("预公告（附件名）"));
        Map<String, Object> attachment = attachment(api.attach(id, uploaded, AttachmentFiles.pdf("Map.")));
        assertThat(attachment).containsEntry("name", expected);
        api.publish(id);

        assertThat(servedName(attachment)).isEqualTo(expected);
        api.publicDetail(id).expectBody().jsonPath("$.attachments[0].name").isEqualTo(expected);
    }

    @Test
    void aNameWithNothingLeftAfterCleaningIsMadeFromTheDigest() {
        String id = api.create(FixtureApi.announcement("预公告（空附件名）"));
        Map<String, Object> attachment = attachment(api.attach(id, "....", AttachmentFiles.pdf("Map.")));
        String expected = "附件-" + attachment.get("sha256").toString().substring(0, 8) + ".pdf";
        assertThat(attachment).containsEntry("name", expected);
        api.publish(id);
        assertThat(servedName(attachment)).isEqualTo(expected);
    }

    private String servedName(Map<String, Object> attachment) {
        EntityExchangeResult<byte[]> result = download(attachment).expectBody(byte[].class).returnResult();
        String disposition = result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment; filename=\"").doesNotContain("/", "\\", "..");
        assertThat(disposition.substring(disposition.indexOf("filename=\"") + 10, disposition.indexOf("\";")))
                .matches("[\\x20-\\x7E&&[^\"\\\\]]+\\.pdf");
        return URLDecoder.decode(disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17),
                StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attachment(WebTestClient.ResponseSpec upload) {
        List<Map<String, Object>> attachments = (List<Map<String, Object>>) body(upload.expectStatus().isCreated())
                .get("attachments");
        return attachments.get(attachments.size() - 1);
    }

    private WebTestClient.ResponseSpec download(Map<String, Object> attachment) {
        return web.get().uri("/api/fixture/public/attachments/" + attachment.get("id")).exchange().expectStatus().isOk();
    }
}

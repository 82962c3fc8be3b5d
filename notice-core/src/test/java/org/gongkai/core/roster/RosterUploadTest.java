package org.gongkai.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static fixture.sector.FixtureApi.EDITOR;
import static fixture.sector.FixtureApi.body;

import fixture.sector.FixtureSectorTest;
import fixture.sector.FixtureApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gongkai.core.privacy.IdNumbers;
import org.gongkai.core.roster.RosterRows;
import org.gongkai.core.roster.RosterUpload;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A roster notice (FX-04, shaped like land's compensation details): the HOUSEHOLDS roster, uploaded whole or not at
 * all, masked for the public.
 */
@FixtureSectorTest
class RosterUploadTest extends SectorApiTest<FixtureApi> {

    static final String HEADER = FixtureApi.HEADER;
    static final String WANG = IdNumbers.withCheckDigit("23020219800108123");
    static final String ZHAO = IdNumbers.withCheckDigit("23020219751203002");
    static final String SUN = IdNumbers.withCheckDigit("23020219900615004");

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    RosterRows rosterRows;

    RosterUploadTest() {
        super(FixtureApi::new, LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
    }

    @Test
    void aGbkCsvIsAcceptedAndThePublicSeesOnlyMaskedIdNumbersWhileTheDepartmentSeesRawOnes() {
        assertThat(WANG).endsWith("123X");
        String id = api.create(FixtureApi.rosterNotice("补偿明细（GBK名单）"));
        byte[] gbk = (HEADER + "王大山," + WANG + ",第三村民小组,水田,1.50,63000.00,\n"
                + "赵小红," + ZHAO + ",第四村民小组,旱地,2.00,84000,已签协议\n")
                .getBytes(Charset.forName("GBK"));

        api.uploadRoster(id, "补偿明细.csv", gbk).expectStatus().isCreated()
                .expectBody().jsonPath("$.state").isEqualTo("ACCEPTED").jsonPath("$.rowsValid").isEqualTo(2);
        api.publish(id);

        String publicRows = web.get().uri("/api/fixture/public/notices/{id}/roster", id).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(publicRows).contains("\"2302**********123X\"").contains("王大山").contains("第三村民小组")
                .doesNotContain(WANG).doesNotContain(ZHAO).doesNotContain(ZHAO.substring(0, 14));
        web.get().uri("/api/fixture/public/notices/{id}/roster", id).exchange().expectBody()
                .jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.rows[0].line").isEqualTo(2)
                .jsonPath("$.rows[0].idNumber").isEqualTo("2302**********123X")
                .jsonPath("$.rows[1].idNumber").isEqualTo("2302**********" + ZHAO.substring(14))
                .jsonPath("$.rows[1].remark").isEqualTo("已签协议");
        web.get().uri("/api/fixture/public/notices/{id}", id).exchange().expectStatus().isOk()
                .expectBody(String.class).value(detail -> assertThat(detail).doesNotContain(WANG).doesNotContain(ZHAO));

        web.get().uri("/api/fixture/notices/{id}/roster", id).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].idNumber").isEqualTo(WANG)
                .jsonPath("$[0].householdHead").isEqualTo("王大山")
                .jsonPath("$[1].idNumber").isEqualTo(ZHAO);
        web.get().uri("/api/fixture/notices/{id}/roster", id).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aFileWithThreeBadRowsIsRefusedWholeListingEachLineAndColumnAndLeavesNothingBehind() {
        String id = api.create(FixtureApi.rosterNotice("补偿明细（有错误的名单）"));
        String badCheckDigit = WANG.substring(0, 17) + (WANG.endsWith("X") ? "1" : "X");
        byte[] csv = (HEADER + "王大山," + SUN + ",第三村民小组,水田,1.50,63000,\n"
                + "赵小红," + badCheckDigit + ",第四村民小组,旱地,2.00,84000,\n"
                + "孙小明," + ZHAO + ",第四村民小组,旱地,2.00,,\n"
                + "李四," + IdNumbers.withCheckDigit("23020219660301005") + ",第三村民小组,林地,一点五,1000,\n")
                .getBytes(StandardCharsets.UTF_8);

        api.uploadRoster(id, "补偿明细.csv", csv).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gongkai.example/problems/roster-rejected")
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[0].line").isEqualTo(3)
                .jsonPath("$.errors[0].field").isEqualTo("身份证号")
                .jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("校验位"))
                .jsonPath("$.errors[1].line").isEqualTo(4)
                .jsonPath("$.errors[1].field").isEqualTo("补偿金额（元）")
                .jsonPath("$.errors[2].line").isEqualTo(5)
                .jsonPath("$.errors[2].field").isEqualTo("面积（亩）");

        assertThat(api.notice(id).get("roster")).isNull();
        web.get().uri("/api/fixture/notices/{id}/roster", id).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
        List<RosterUpload> uploads = uploadsOf(id);
        assertThat(uploads).singleElement().extracting(RosterUpload::state).isEqualTo(RosterUpload.State.REJECTED);
        assertThat(rowsOf(uploads.get(0))).isZero();
    }

    @Test
    void uploadingTheSameFileTwiceAnswersDuplicateAndAddsNoRows() {
        String id = api.create(FixtureApi.rosterNotice("补偿明细（重复上传）"));
        byte[] csv = (HEADER + "王大山," + WANG + ",第三村民小组,水田,1.50,63000,\n"
                + "孙小明," + SUN + ",第四村民小组,旱地,2.00,84000,\n").getBytes(StandardCharsets.UTF_8);

        String first = body(api.uploadRoster(id, "名单.csv", csv).expectStatus().isCreated()).get("id").toString();
        api.uploadRoster(id, "名单（再次）.csv", csv).expectStatus().isOk()
                .expectHeader().valueEquals("X-Duplicate-Upload", "true")
                .expectBody().jsonPath("$.id").isEqualTo(first);

        web.get().uri("/api/fixture/notices/{id}/roster", id).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                .expectBody().jsonPath("$.length()").isEqualTo(2);
        assertThat(uploadsOf(id)).hasSize(1);
        assertThat(rowsOf(uploadsOf(id).get(0))).isEqualTo(2);
        assertThat(((Map<?, ?>) api.notice(id).get("roster")).get("uploadId")).isEqualTo(first);
    }

    @Test
    void anAsyncUploadAnswers202WithALocationThatReportsTheAcceptedRows() throws InterruptedException {
        String id = api.create(FixtureApi.rosterNotice("补偿明细（后台处理）"));
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 30; i++) {
            csv.append("户主").append(i).append(',').append(IdNumbers.withCheckDigit("23020219800101" + String.format("%03d", i)))
                    .append(",第三村民小组,水田,1.00,42000,\n");
        }
        String location = api.upload(EDITOR, "/api/fixture/notices/" + id + "/rosters?async=true", "名单.csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8))
                .expectStatus().isAccepted()
                .expectHeader().exists(HttpHeaders.LOCATION)
                .returnResult(Map.class).getResponseHeaders().getLocation().toString();

        Map<String, Object> progress = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            progress = body(web.get().uri(location).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                    .expectStatus().isOk());
            if (!"PROCESSING".equals(progress.get("state"))) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(progress).containsEntry("state", "ACCEPTED").containsEntry("rowsRead", 30)
                .containsEntry("rowsValid", 30);
        assertThat(((Map<?, ?>) api.notice(id).get("roster")).get("rows")).isEqualTo(30);
        web.get().uri(location).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void anXlsxRosterIsAccepted() throws IOException {
        String id = api.create(FixtureApi.rosterNotice("补偿明细（Excel名单）"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("补偿明细");
        List<String> headers = Arrays.asList(HEADER.strip().split(","));
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        Object[][] rows = {{"王大山", WANG, "第三村民小组", "水田", new BigDecimal("1.5"), 63000},
                {"孙小明", SUN, "第四村民小组", "林地", new BigDecimal("0.75"), new BigDecimal("31500.50")}};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof Number n) {
                    sheet.value(r + 1, c, n);
                } else {
                    sheet.value(r + 1, c, (String) v);
                }
            }
        }
        workbook.finish();

        api.uploadRoster(id, "补偿明细.xlsx", out.toByteArray()).expectStatus().isCreated()
                .expectBody().jsonPath("$.state").isEqualTo("ACCEPTED").jsonPath("$.rowsValid").isEqualTo(2);
        web.get().uri("/api/fixture/notices/{id}/roster", id).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                .expectBody()
                .jsonPath("$[0].idNumber").isEqualTo(WANG)
                .jsonPath("$[0].areaMu").isEqualTo("1.5")
                .jsonPath("$[1].amount").isEqualTo("31500.5");
    }

    @Test
    void submittingCompensationDetailsWithoutARosterIsRefusedListingRoster() {
        String id = api.create(FixtureApi.rosterNotice("补偿明细（未附名单）"));
        api.post(EDITOR, id, "submit").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[?(@.field=='roster')]").exists();
        assertThat(api.notice(id)).containsEntry("status", "DRAFT");
    }

    @Test
    void theCsvTemplateDownloadsParsesBackAndIsItselfAnAcceptableRoster() throws IOException {
        byte[] template = web.get().uri("/api/fixture/public/rosters/templates/HOUSEHOLDS.csv").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, v -> assertThat(v).contains("attachment"))
                .expectBody(byte[].class).returnResult().getResponseBody();

        String text = new String(template, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).toList())
                .containsExactly("户主姓名", "身份证号", "村民小组", "地类", "面积（亩）", "补偿金额（元）", "备注");
        assertThat(IdNumbers.isValid(records.get(1).get(1), LocalDate.of(2026, 3, 2))).isTrue();

        String id = api.create(FixtureApi.rosterNotice("补偿明细（模板回传）"));
        api.uploadRoster(id, "模板.csv", template).expectStatus().isCreated()
                .expectBody().jsonPath("$.rowsValid").isEqualTo(1);
        web.get().uri("/api/fixture/public/rosters/templates/NO_SUCH_ROSTER.csv").exchange().expectStatus().isNotFound();
    }

    @Test
    void refusedAndDuplicateUploadsLeaveNoTemporaryCopyBehind() throws IOException {
        Set<Path> before = temporaryCopies();
        String id = api.create(FixtureApi.rosterNotice("补偿明细（临时文件清理）"));
        byte[] csv = (HEADER + "王大山," + WANG + ",第三村民小组,水田,1.50,63000,\n").getBytes(StandardCharsets.UTF_8);
        api.uploadRoster(id, "名单.csv", csv).expectStatus().isCreated();
        api.upload(EDITOR, "/api/fixture/notices/" + id + "/rosters?async=true", "名单.csv", csv)
                .expectStatus().isAccepted();
        String noRoster = api.create(FixtureApi.announcement("预公告（不附名单）"));
        api.uploadRoster(noRoster, "名单.csv", csv).expectStatus().isBadRequest();
        api.publish(id);
        api.uploadRoster(id, "名单.csv", csv).expectStatus().isEqualTo(409);

        // the asynchronous upload deletes its copy when it finishes, which may be a moment after the 202
        Set<Path> left = temporaryCopies();
        left.removeAll(before);
        for (int wait = 0; wait < 100 && !left.isEmpty(); wait++) {
            sleep(100);
            left = temporaryCopies();
            left.removeAll(before);
        }
        assertThat(left).isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Set<Path> temporaryCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().matches("roster-.*\\.upload"))
                    .collect(Collectors.toCollection(HashSet::new));
        }
    }

    private List<RosterUpload> uploadsOf(String noticeId) {
        return mongo.find(Query.query(Criteria.where("noticeId").is(noticeId)), RosterUpload.class).collectList()
                .block();
    }

    private long rowsOf(RosterUpload upload) {
        return rosterRows.of(upload.id()).count().block();
    }
}

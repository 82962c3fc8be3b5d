package org.gongkai.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static fixture.sector.FixtureApi.HEADER;
import static org.gongkai.core.roster.RosterUploadTest.SUN;
import static org.gongkai.core.roster.RosterUploadTest.WANG;
import static org.gongkai.core.roster.RosterUploadTest.ZHAO;

import fixture.sector.FixtureSectorTest;
import fixture.sector.FixtureApi;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.gongkai.core.privacy.IdNumbers;
import org.gongkai.core.roster.RosterRow;
import org.gongkai.core.testing.StoredRosters;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** The masked public roster as CSV and XLSX downloads: what a citizen opens in Excel or WPS. */
@FixtureSectorTest
class PublicRosterDownloadTest extends SectorApiTest<FixtureApi> {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final int MAX_DOWNLOAD = 16 * 1024 * 1024;
    static final String LI = IdNumbers.withCheckDigit("23020219660301005");
    static final List<String> HEADERS = List.of("行号", "户主姓名", "身份证号", "村民小组", "地类", "面积（亩）",
            "补偿金额（元）", "备注");

    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    MeterRegistry meters;
    @TempDir
    Path temp;

    PublicRosterDownloadTest() {
        super(FixtureApi::new, LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
    }

    @Test
    void bothDownloadsHoldTheMaskedRowsUnderTheSchemasChineseHeadersAndNoCellRunsAsAFormula() throws IOException {
        String id = api.create(FixtureApi.rosterNotice("补偿明细（下载测试）"));
        byte[] upload = (HEADER + "王大山," + WANG + ",第三村民小组,水田,1.50,63000.00,\"=HYPERLINK(\"\"http://x\"\")\"\n"
                + "赵小红," + ZHAO + ",第四村民小组,旱地,2.00,84000,+1\n"
                + "孙小明," + SUN + ",第四村民小组,林地,0.75,31500.50,@SUM(A1)\n"
                + "李四," + LI + ",第三村民小组,水田,1,42000,-cmd\n")
                .getBytes(StandardCharsets.UTF_8);
        api.uploadRoster(id, "补偿明细.csv", upload).expectStatus().isCreated()
                .expectBody().jsonPath("$.rowsValid").isEqualTo(4);
        api.publish(id);
        EntityExchangeResult<byte[]> json = web.get().uri("/api/fixture/public/notices/{id}/roster?size=200", id)
                .exchange().expectStatus().isOk().expectBody().returnResult();

        EntityExchangeResult<byte[]> csv = download(id, "csv");
        assertThat(csv.getResponseHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        assertThat(fileName(csv)).isEqualTo("补偿明细（下载测试）_名单.csv");
        assertThat(csv.getResponseHeaders().getCacheControl()).isNotNull()
                .isEqualTo(json.getResponseHeaders().getCacheControl());
        byte[] csvBytes = csv.getResponseBody();
        assertThat(csvBytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csvBytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(WANG).doesNotContain(ZHAO).doesNotContain(SUN)
                .contains("\"2\",\"王大山\",\"2302**********123X\",\"第三村民小组\",\"水田\",\"1.50\",\"63000.00\","
                        + "\"'=HYPERLINK(\"\"http://x\"\")\"\r\n");
        List<List<String>> csvRows = csvRows(text);

        assertThat(csvRows.get(0)).isEqualTo(HEADERS);
        assertThat(csvRows).hasSize(5);
        assertThat(csvRows.stream().skip(1).map(r -> r.get(0))).containsExactly("2", "3", "4", "5");
        assertThat(csvRows.stream().skip(1).map(r -> r.get(2))).containsExactly("2302**********123X",
                "2302**********" + ZHAO.substring(14), "2302**********" + SUN.substring(14),
                "2302**********" + LI.substring(14));
        assertThat(csvRows.stream().skip(1).map(r -> r.get(7)))
                .containsExactly("'=HYPERLINK(\"http://x\")", "'+1", "'@SUM(A1)", "'-cmd");
        assertThat(csvRows.get(2).subList(1, 7)).containsExactly("赵小红", "2302**********" + ZHAO.substring(14),
                "第四村民小组", "旱地", "2.00", "84000");
        assertThat(new String(json.getResponseBody(), StandardCharsets.UTF_8))
                .contains("\"remark\":\"=HYPERLINK(\\\"http://x\\\")\"").contains("\"idNumber\":\"2302**********123X\"");

        EntityExchangeResult<byte[]> xlsx = download(id, "xlsx");
        assertThat(xlsx.getResponseHeaders().getContentType()).isEqualTo(XLSX);
        assertThat(fileName(xlsx)).isEqualTo("补偿明细（下载测试）_名单.xlsx");
        assertThat(xlsx.getResponseHeaders().getCacheControl()).isEqualTo(json.getResponseHeaders().getCacheControl());
        assertThat(xlsxRows(xlsx.getResponseBody())).isEqualTo(csvRows);
        String sheetXml = unzipped(xlsx.getResponseBody()).get("xl/worksheets/sheet1.xml");
        assertThat(sheetXml).doesNotContain("<f>").doesNotContain("<f ");
        assertThat(count(sheetXml, "<c ")).isEqualTo(5 * HEADERS.size()).isEqualTo(count(sheetXml, "t=\"inlineStr\""));
    }

    @Test
    void anIdNumberPlantedInTheStoredRowsAroundTheGateIsMaskedInBothDownloadsAndCounted() throws IOException {
        String id = api.create(FixtureApi.rosterNotice("补偿明细（绕过检查）"));
        api.uploadRoster(id, "名单.csv", (HEADER + "王大山," + WANG + ",第三村民小组,水田,1.50,63000,\n")
                .getBytes(StandardCharsets.UTF_8)).expectStatus().isCreated();
        api.publish(id);
        String uploadId = (String) ((Map<?, ?>) api.notice(id).get("roster")).get("uploadId");
        StoredRosters.change(mongo, uploadId, Map.of("remark", "户主身份证号" + SUN + "，电话13800138000"));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("title", "补偿明细" + ZHAO),
                "notices").block();

        double before = masked();
        String csv = new String(download(id, "csv").getResponseBody(), StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain(SUN).doesNotContain("13800138000")
                .contains("户主身份证号2302**********" + SUN.substring(14) + "，电话138****8000");
        assertThat(masked() - before).as("the remark's two numbers and the title's one").isEqualTo(2 + 1);

        before = masked();
        EntityExchangeResult<byte[]> xlsx = download(id, "xlsx");
        assertThat(String.join("\n", unzipped(xlsx.getResponseBody()).values())).doesNotContain(SUN).doesNotContain("13800138000")
                .contains("2302**********" + SUN.substring(14));
        assertThat(xlsxRows(xlsx.getResponseBody()).get(1).get(7))
                .isEqualTo("户主身份证号2302**********" + SUN.substring(14) + "，电话138****8000");
        assertThat(fileName(xlsx)).doesNotContain(ZHAO).doesNotContain(ZHAO.substring(4, 14))
                .startsWith("补偿明细2302_" + ZHAO.substring(14));
        assertThat(masked() - before).as("the remark's two numbers and the title's one").isEqualTo(2 + 1);
    }

    @Test
    void aNegativeNumberInANumericColumnStaysANumberWhileTheSameTextInAFreeTextColumnIsMarkedAsText()
            throws IOException {
        String id = api.create(FixtureApi.rosterNotice("补偿明细（负数）"));
        api.uploadRoster(id, "名单.csv", (HEADER + "王大山," + WANG + ",第三村民小组,水田,1.50,63000,\n")
                .getBytes(StandardCharsets.UTF_8)).expectStatus().isCreated();
        api.publish(id);
        String uploadId = (String) ((Map<?, ?>) api.notice(id).get("roster")).get("uploadId");
        // uploads refuse negative amounts today; a stored one (a correction, another path) must still read as a number
        StoredRosters.change(mongo, uploadId, Map.of("amount", "-12.5", "remark", "-12.5", "areaMu", "-1+2"));

        List<String> csvRow = csvRows(new String(download(id, "csv").getResponseBody(), StandardCharsets.UTF_8)).get(1);
        List<String> xlsxRow = xlsxRows(download(id, "xlsx").getResponseBody()).get(1);

        assertThat(csvRow.get(6)).isEqualTo("-12.5");
        assertThat(csvRow.get(7)).isEqualTo("'-12.5");
        assertThat(csvRow.get(5)).isEqualTo("'-1+2");
        assertThat(xlsxRow).isEqualTo(csvRow);
    }

    @Test
    void theDownloadsAnswer410AfterRetentionAnd404ForAnUnknownNoticeFormatOrRoster() {
        String id = api.create(FixtureApi.rosterNotice("补偿明细（下载保留期）"));
        api.uploadRoster(id, "名单.csv", (HEADER + "王大山," + WANG + ",第三村民小组,水田,1.50,63000,\n")
                .getBytes(StandardCharsets.UTF_8)).expectStatus().isCreated();
        api.publish(id);
        LocalDate lastPublicDay = LocalDate.parse((String) ((Map<?, ?>) FixtureApi.body(api.publicDetail(id)
                .expectStatus().isOk()).get("roster")).get("publicUntil"));

        notFound("/api/fixture/public/notices/{id}/roster.pdf", id);
        notFound("/api/fixture/public/notices/{id}/roster.csv", "no-such-notice");
        notFound("/api/fixture/public/notices/{id}/roster.xlsx", "no-such-notice");

        clock.set(lastPublicDay, LocalTime.of(23, 59));
        download(id, "csv");
        download(id, "xlsx");

        clock.set(lastPublicDay.plusDays(1), LocalTime.of(0, 1));
        for (String path : List.of("roster", "roster.csv", "roster.xlsx")) {
            web.get().uri("/api/fixture/public/notices/{id}/" + path, id).exchange().expectStatus().isEqualTo(410)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().doesNotExist(HttpHeaders.CONTENT_DISPOSITION)
                    .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/roster-withdrawn");
        }

        clock.set(LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
        String withoutRoster = api.createAndPublish(FixtureApi.announcement("预公告（没有名单可下载）"));
        notFound("/api/fixture/public/notices/{id}/roster.csv", withoutRoster);
        notFound("/api/fixture/public/notices/{id}/roster.xlsx", withoutRoster);
    }

    @Test
    void aRosterOfThousandsOfRowsIsStreamedWholeAndInLineOrder() throws IOException {
        String id = api.create(FixtureApi.rosterNotice("补偿明细（三千行）"));
        api.uploadRoster(id, "名单.csv", (HEADER + "王大山," + WANG + ",第三村民小组,水田,1.50,63000,\n")
                .getBytes(StandardCharsets.UTF_8)).expectStatus().isCreated();
        api.publish(id);
        String uploadId = (String) ((Map<?, ?>) api.notice(id).get("roster")).get("uploadId");
        List<RosterRow> more = new ArrayList<>();
        for (int line = 3; line <= 3001; line++) {
            more.add(new RosterRow(line, Map.of("householdHead", "户主" + line,
                    "idNumber", "2302**********" + String.format("%04d", line), "group", "第三村民小组",
                    "landClass", "水田", "areaMu", "1.00", "amount", "42000", "remark", "")));
        }
        StoredRosters.append(mongo, uploadId, more);

        EntityExchangeResult<byte[]> csv = download(id, "csv");
        assertThat(csv.getResponseHeaders().getContentLength()).as("streamed, not sized in advance").isEqualTo(-1);
        List<List<String>> csvRows = csvRows(new String(csv.getResponseBody(), StandardCharsets.UTF_8));
        List<List<String>> xlsxRows = xlsxRows(download(id, "xlsx").getResponseBody());

        assertThat(csvRows).hasSize(3001);
        assertThat(csvRows.stream().skip(1).map(r -> Integer.parseInt(r.get(0))).toList())
                .isSortedAccordingTo(Integer::compare).startsWith(2, 3, 4).endsWith(3001);
        assertThat(csvRows.get(3000)).containsExactly("3001", "户主3001", "2302**********3001", "第三村民小组", "水田",
                "1.00", "42000", "");
        assertThat(xlsxRows).isEqualTo(csvRows);
    }

    private EntityExchangeResult<byte[]> download(String id, String format) {
        return web.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(MAX_DOWNLOAD)).build().get().uri("/api/fixture/public/notices/{id}/roster." + format, id).exchange()
                .expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, v -> assertThat(v).startsWith("attachment;"))
                .expectBody().returnResult();
    }

    private void notFound(String uri, String id) {
        web.get().uri(uri, id).exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").exists();
    }

    private static String fileName(EntityExchangeResult<byte[]> result) {
        return ContentDisposition.parse(result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .getFilename();
    }

    private static List<List<String>> csvRows(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text.replace("\uFEFF", "")))) {
            rows.add(record.toList());
        }
        return rows;
    }

    private static List<List<String>> xlsxRows(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                var stream = workbook.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < HEADERS.size(); c++) {
                    cells.add(row.getCellAsString(c).orElse(""));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** Every entry of the workbook by name, read through its central directory as Excel does. */
    private Map<String, String> unzipped(byte[] zip) throws IOException {
        Path file = Files.write(temp.resolve("download-" + System.nanoTime() + ".xlsx"), zip);
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipFile workbook = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(workbook.entries())) {
                try (InputStream in = workbook.getInputStream(e)) {
                    entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return entries;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private double masked() {
        return meters.find("gongkai.privacy.leaks.masked").counters().stream().mapToDouble(c -> c.count()).sum();
    }
}

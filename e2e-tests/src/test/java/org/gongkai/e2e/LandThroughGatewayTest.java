package org.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gongkai.api.testing.TestDate;
import org.gongkai.core.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The real config server, land service and gateway as separate processes: a notice goes draft → review →
 * published → visible in the portal feed → objected to, and cannot conclude; then the land service is killed and
 * the portal feed still answers 200, naming land as unavailable, while writes get a 503 problem.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LandThroughGatewayTest {

    static final String EDITOR = Tokens.mint("clerk-li", "李文", "land", "230202", "editor");
    static final String REVIEWER = Tokens.mint("reviewer-zhao", "赵敏", "land", "230202", "reviewer");

    static Suite suite;
    static String noticeId;
    static Path data;
    static String configUrl;
    static String interruptedUpload;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = new Suite();
        data = Files.createDirectories(suite.work().resolve("data"));
        suite.start("config", "config", Map.of("CONFIG_REPO", "file:./config/repo/"));
        configUrl = suite.url("config");
        startLand();
        suite.start("gateway", "gateway", Map.of("CONFIG_SERVER_URL", configUrl, "LAND_URL", suite.url("land")));
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    @Order(1)
    void aNoticeDraftedReviewedAndPublishedThroughTheGatewayAppearsInThePortalFeed() throws Exception {
        HttpResponse<String> created = suite.send("POST", "/api/land/notices", EDITOR, draft());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        noticeId = JsonPath.read(created.body(), "$.id");

        assertThat(suite.send("POST", "/api/land/notices/" + noticeId + "/submit", EDITOR, null).statusCode()).isEqualTo(200);
        HttpResponse<String> selfApproval = suite.send("POST", "/api/land/notices/" + noticeId + "/approve", EDITOR, null);
        assertThat(selfApproval.statusCode()).isEqualTo(403);
        assertThat(suite.send("POST", "/api/land/notices/" + noticeId + "/approve", REVIEWER, null).statusCode())
                .isEqualTo(200);
        HttpResponse<String> published = suite.send("POST", "/api/land/notices/" + noticeId + "/publish", REVIEWER, null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(published.body(), "$.status")).isEqualTo("PUBLISHED");

        HttpResponse<String> feed = suite.send("GET", "/api/portal/feed?limit=50", null, null);
        assertThat(feed.statusCode()).isEqualTo(200);
        List<String> ids = JsonPath.read(feed.body(), "$.items[*].id");
        assertThat(ids).contains(noticeId);
        assertThat((String) JsonPath.read(feed.body(), "$.sectors.land.status")).isEqualTo("ok");
        List<String> phases = JsonPath.read(feed.body(), "$.items[?(@.id=='" + noticeId + "')].phase");
        assertThat(phases).containsExactly("IN_PUBLICITY");

        HttpResponse<String> detail = suite.send("GET", "/api/portal/notices/" + noticeId, null, null);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(detail.body(), "$.validity")).isEqualTo("IN_FORCE");
    }

    @Test
    @Order(2)
    void anObjectionDuringThePeriodIsTakenAndBlocksConclusionWithoutRevealingTheObjector() throws Exception {
        HttpResponse<String> filed = suite.send("POST", "/api/land/public/notices/" + noticeId + "/objections", null,
                "{\"name\":\"孙立新\",\"contact\":\"13945670000\",\"reason\":\"征收范围与村民小组实际不符\"}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);

        HttpResponse<String> conclude = suite.send("POST", "/api/land/notices/" + noticeId + "/conclude", EDITOR, null);
        assertThat(conclude.statusCode()).isEqualTo(409);
        assertThat(conclude.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(conclude.body()).contains("未答复").contains("届满");

        HttpResponse<String> detail = suite.send("GET", "/api/land/public/notices/" + noticeId, null, null);
        assertThat(detail.body()).doesNotContain("孙立新").doesNotContain("13945670000");
        assertThat((Integer) JsonPath.read(detail.body(), "$.objections.pending")).isEqualTo(1);
    }

    @Test
    @Order(2)
    void aLargeRosterThroughTheGatewayIsWorkedOnInTheBackgroundAndEveryProblemIsReported() throws Exception {
        Path rosters = Files.createDirectories(suite.work().resolve("rosters"));
        LargeRosters.writeCsv(rosters.resolve("good.csv"), 100_000, false);
        LargeRosters.writeCsv(rosters.resolve("bad.csv"), 100_000, true);

        HttpResponse<String> taken = suite.upload("/api/land/notices/" + rosterNotice("十万行") + "/rosters", EDITOR,
                rosters.resolve("good.csv"));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(202);
        String done = awaitOutcome(taken.headers().firstValue("Location").orElseThrow());
        assertThat((String) JsonPath.read(done, "$.state")).isEqualTo("ACCEPTED");
        assertThat((Integer) JsonPath.read(done, "$.rowsValid")).isEqualTo(100_000);

        HttpResponse<String> refused = suite.upload("/api/land/notices/" + rosterNotice("一万处错误") + "/rosters",
                EDITOR, rosters.resolve("bad.csv"));
        assertThat(refused.statusCode()).isEqualTo(202);
        String outcome = awaitOutcome(refused.headers().firstValue("Location").orElseThrow());
        assertThat((String) JsonPath.read(outcome, "$.state")).isEqualTo("REJECTED");
        assertThat((Integer) JsonPath.read(outcome, "$.problemCount")).isEqualTo(10_000);
        assertThat((List<?>) JsonPath.read(outcome, "$.problems")).hasSize(1_000);
        String report = JsonPath.read(outcome, "$.report");
        HttpResponse<byte[]> sheet = suite.http.send(HttpRequest.newBuilder(URI.create(suite.url("gateway") + report))
                .header("Authorization", "Bearer " + EDITOR).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(new String(sheet.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    @Order(3)
    void theDemoStoryIsLoadedWithMaskedRosters() throws Exception {
        HttpResponse<String> feed = suite.send("GET", "/api/land/public/feed?type=COMPENSATION_DETAILS", null, null);
        String id = JsonPath.read(feed.body(), "$.items[0].id");
        HttpResponse<String> roster = suite.send("GET", "/api/land/public/notices/" + id + "/roster", null, null);
        assertThat(roster.statusCode()).isEqualTo(200);
        List<String> idNumbers = JsonPath.read(roster.body(), "$.rows[*].idNumber");
        assertThat(idNumbers).isNotEmpty().allSatisfy(n -> assertThat(n).matches("\\d{4}\\*{10}[\\dX]{4}"));
    }

    @Test
    @Order(4)
    void withTheLandServiceDownThePortalFeedStillAnswersAndWritesGetAProblem() throws Exception {
        Path big = suite.work().resolve("rosters").resolve("interrupted.xlsx");
        LargeRosters.writeXlsx(big, 100_000, false);
        HttpResponse<String> started = suite.upload("/api/land/notices/" + rosterNotice("中断") + "/rosters", EDITOR,
                big);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        interruptedUpload = started.headers().firstValue("Location").orElseThrow();
        suite.kill("land");

        HttpResponse<String> feed = suite.send("GET", "/api/portal/feed", null, null);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(feed.body(), "$.sectors.land.status")).isEqualTo("unavailable");

        HttpResponse<String> write = suite.send("POST", "/api/land/notices", EDITOR, draft());
        assertThat(write.statusCode()).isEqualTo(503);
        assertThat(write.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> read = suite.send("GET", "/api/land/public/feed", null, null);
        assertThat(read.statusCode()).isEqualTo(503);
    }

    @Test
    @Order(5)
    void restartedOnTheSameDataTheLandServiceHasLostNothingAndTheFeedRecovers() throws Exception {
        startLand();
        HttpResponse<String> detail = suite.send("GET", "/api/land/public/notices/" + noticeId, null, null);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (detail.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            detail = suite.send("GET", "/api/land/public/notices/" + noticeId, null, null);
        }
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(detail.body(), "$.objections.filed")).isEqualTo(1);

        HttpResponse<String> feed = suite.send("GET", "/api/portal/feed?limit=50", null, null);
        while (!feed.body().contains(noticeId) && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            feed = suite.send("GET", "/api/portal/feed?limit=50", null, null);
        }
        assertThat((String) JsonPath.read(feed.body(), "$.sectors.land.status")).isEqualTo("ok");
        assertThat(feed.body()).contains(noticeId);
    }

    @Test
    @Order(6)
    void anUploadInterruptedByTheCrashIsMarkedFailedAtStartUpSoItCanBeRetriedAtOnce() throws Exception {
        HttpResponse<String> upload = suite.send("GET", interruptedUpload, EDITOR, null);

        assertThat(upload.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(upload.body(), "$.state")).isEqualTo("FAILED");
        assertThat((String) JsonPath.read(upload.body(), "$.problems[0].reason")).contains("请重新上传");
    }

    /** A fresh compensation-details draft (LAND-06) to attach a roster to. */
    static String rosterNotice(String title) throws Exception {
        HttpResponse<String> created = suite.send("POST", "/api/land/notices", EDITOR, """
                {"catalogRow":"LAND-06","title":"大民村被征地农户补偿明细（%s）","body":"<p>现予公示。</p>",
                 "payload":{"projectName":"端到端测试项目","village":"大民村","totalAmount":100000},
                 "region":"230202000000","audience":"230202100201","disclosure":"PROACTIVE",
                 "informationFormedOn":"%s"}
                """.formatted(title, TestDate.today()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonPath.read(created.body(), "$.id");
    }

    static String awaitOutcome(String location) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            HttpResponse<String> progress = suite.send("GET", location, EDITOR, null);
            assertThat(progress.statusCode()).as(progress.body()).isEqualTo(200);
            if (!progress.body().contains("\"PROCESSING\"") || System.nanoTime() > deadline) {
                return progress.body();
            }
            Thread.sleep(500);
        }
    }

    static void startLand() throws Exception {
        suite.start("land", "land-acquisition-service", Map.of("CONFIG_SERVER_URL", configUrl),
                "--gongkai.store.data-dir=" + data, "--gongkai.demo.enabled=true");
    }

    static String draft() {
        return """
                {"catalogRow":"LAND-01","title":"龙沙区人民政府征收土地预公告（端到端测试）",
                 "body":"<p>拟征收大民村集体土地，自本预公告发布之日起不得抢栽抢建。</p>",
                 "payload":{"projectName":"端到端测试项目","purpose":"道路建设","scope":"大民村第五村民小组",
                   "areaHectares":2.5,"villages":["大民村"],"surveyArrangements":"12月开展调查",
                   "rushBuildingBan":"不得抢栽抢建"},
                 "region":"230202000000","audience":"230202100201","disclosure":"PROACTIVE",
                 "informationFormedOn":"%s"}
                """.formatted(TestDate.today());
    }

}

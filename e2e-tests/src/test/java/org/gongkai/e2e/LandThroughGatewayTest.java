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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real config server, land service and gateway as separate processes: a notice goes draft → review →
 * published → visible in the portal feed → objected to, and cannot conclude; then the land service is killed and
 * the portal feed still answers 200, naming land as unavailable, while writes get a 503 problem.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LandThroughGatewayTest {

    static final String EDITOR = Tokens.mint("clerk-li", "李文", "land", "230202", "editor");
    static final String REVIEWER = Tokens.mint("reviewer-zhao", "赵敏", "land", "230202", "reviewer");

    @RegisterExtension
    static final SuiteExtension suite = SuiteExtension.today("land", "housing").needing("land");
    static final Notices land = suite.notices("land", EDITOR, REVIEWER);

    static String noticeId;
    static String interruptedUpload;

    @Test
    @Order(1)
    void aNoticeDraftedReviewedAndPublishedThroughTheGatewayAppearsInThePortalFeed() throws Exception {
        noticeId = land.create(draft());

        assertThat(land.submit(noticeId).statusCode()).isEqualTo(200);
        HttpResponse<String> selfApproval = land.approve(noticeId, EDITOR);
        assertThat(selfApproval.statusCode()).isEqualTo(403);
        assertThat(land.approve(noticeId).statusCode()).isEqualTo(200);
        HttpResponse<String> published = land.publish(noticeId);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(published.body(), "$.status")).isEqualTo("PUBLISHED");

        HttpResponse<String> feed = land.inPortalFeed(noticeId);
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

        HttpResponse<String> conclude = land.conclude(noticeId);
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

        HttpResponse<String> taken = land.upload(rosterNotice("十万行"), rosters.resolve("good.csv"));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(202);
        String done = awaitOutcome(taken.headers().firstValue("Location").orElseThrow());
        assertThat((String) JsonPath.read(done, "$.state")).isEqualTo("ACCEPTED");
        assertThat((Integer) JsonPath.read(done, "$.rowsValid")).isEqualTo(100_000);

        HttpResponse<String> refused = land.upload(rosterNotice("一万处错误"), rosters.resolve("bad.csv"));
        assertThat(refused.statusCode()).isEqualTo(202);
        String outcome = awaitOutcome(refused.headers().firstValue("Location").orElseThrow());
        assertThat((String) JsonPath.read(outcome, "$.state")).isEqualTo("REJECTED");
        assertThat((Integer) JsonPath.read(outcome, "$.problemCount")).isEqualTo(10_000);
        assertThat((List<?>) JsonPath.read(outcome, "$.problems")).hasSize(1_000);
        String report = JsonPath.read(outcome, "$.report");
        HttpResponse<byte[]> sheet = suite.http().send(HttpRequest.newBuilder(URI.create(suite.url("gateway") + report))
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
        HttpResponse<String> started = land.upload(rosterNotice("中断"), big);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        interruptedUpload = started.headers().firstValue("Location").orElseThrow();
        land.killedWhilePortalAnswers(draft());

        HttpResponse<String> read = suite.send("GET", "/api/land/public/feed", null, null);
        assertThat(read.statusCode()).isEqualTo(503);
    }

    @Test
    @Order(5)
    void restartedOnTheSameDataTheLandServiceHasLostNothingAndTheFeedRecovers() throws Exception {
        suite.restart("land");
        HttpResponse<String> detail = suite.send("GET", "/api/land/public/notices/" + noticeId, null, null);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (detail.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            detail = suite.send("GET", "/api/land/public/notices/" + noticeId, null, null);
        }
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(detail.body(), "$.objections.filed")).isEqualTo(1);

        HttpResponse<String> feed = suite.send("GET", "/api/portal/feed?limit=50", null, null);
        while ((!feed.body().contains(noticeId)
                || !"ok".equals(JsonPath.read(feed.body(), "$.sectors.land.status"))) && System.nanoTime() < deadline) {
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
        return land.create("""
                {"catalogRow":"LAND-06","title":"大民村被征地农户补偿明细（%s）","body":"<p>现予公示。</p>",
                 "payload":{"projectName":"端到端测试项目","village":"大民村","totalAmount":100000},
                 "region":"230202000000","audience":"230202100201","disclosure":"PROACTIVE",
                 "informationFormedOn":"%s"}
                """.formatted(title, TestDate.today()));
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

package org.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
 * The real config server, housing service and gateway as separate processes: the bureau drafts a street's
 * eligible-family list, that street's office uploads the roster (the neighbouring office is refused), the list is
 * published and reaches the portal feed with starred names and masked ID numbers; a lottery result dated before
 * its notarization is refused; the demo's notarized draw is there; with housing killed the portal still answers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HousingThroughGatewayTest {

    static final String EDITOR = Tokens.mint("clerk-liu", "刘佳", "housing", "230202", "editor");
    static final String REVIEWER = Tokens.mint("reviewer-gao", "高静", "housing", "230202", "reviewer");
    static final String WULONG_OFFICE = Tokens.mint("wulong-zhang", "张丽", "housing", "230202001", "roster_uploader");
    static final String HUBIN_OFFICE = Tokens.mint("hubin-ma", "马军", "housing", "230202002", "roster_uploader");
    /** Fictional, with a valid GB 11643 check digit. */
    static final String LI = "23020219800108123X";
    static final String WANG = "230202197512030026";
    static final String TODAY = TestDate.today().toString();

    @RegisterExtension
    static final SuiteExtension suite = SuiteExtension.today("land", "housing").needing("housing");
    static final Notices housing = suite.notices("housing", EDITOR, REVIEWER);

    static String listId;

    @Test
    @Order(1)
    void aStreetsListWithItsOfficesRosterIsPublishedAndThePortalShowsItMasked() throws Exception {
        listId = housing.create(eligibleList());

        String csv = "户主姓名,身份证号,家庭人口,所在社区,保障类别,联系电话,备注\n"
                + "李小明," + LI + ",3,龙华社区,低保家庭,18012341999,\n";
        HttpResponse<String> neighbour = housing.uploadCsv(listId, HUBIN_OFFICE, csv);
        assertThat(neighbour.statusCode()).as(neighbour.body()).isEqualTo(403);
        assertThat(neighbour.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> own = housing.uploadCsv(listId, WULONG_OFFICE, csv);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);

        HttpResponse<String> published = housing.reviewedAndPublished(listId);
        assertThat((String) JsonPath.read(published.body(), "$.period.end"))
                .isEqualTo(LocalDate.parse(TODAY).plusDays(6).toString());

        housing.inPortalFeed(listId);

        HttpResponse<String> roster = suite.send("GET", "/api/housing/public/notices/" + listId + "/roster", null, null);
        assertThat(roster.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(roster.body(), "$.rows[0].householdHead")).isEqualTo("李*明");
        assertThat((String) JsonPath.read(roster.body(), "$.rows[0].idNumber")).isEqualTo("2302**********123X");
        assertThat((String) JsonPath.read(roster.body(), "$.rows[0].phone")).isEqualTo("180****1999");
        assertThat(roster.body()).doesNotContain(LI);

        String rosterPath = "/api/housing/public/notices/" + listId + "/roster";
        HttpResponse<String> download = suite.send("GET", rosterPath + ".csv", null, null);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(download.body()).startsWith("\uFEFF\"行号\",\"户主姓名\",\"身份证号\"")
                .contains("\"李*明\",\"2302**********123X\"").doesNotContain(LI);
        HttpResponse<String> xlsx = suite.send("GET", rosterPath + ".xlsx", null, null);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    @Order(2)
    void aSecondListForTheSameStreetAndBatchIsRefused() throws Exception {
        String id = housing.create(eligibleList());
        housing.uploadCsv(id, WULONG_OFFICE, "户主姓名,身份证号,家庭人口,所在社区,保障类别,联系电话,备注\n"
                + "王建国," + WANG + ",2,永安社区,低收入家庭,,\n");
        HttpResponse<String> submit = housing.submit(id);
        assertThat(submit.statusCode()).isEqualTo(400);
        assertThat(submit.body()).contains("payload.batch").contains(listId);
    }

    @Test
    @Order(3)
    void aLotteryResultIsNotPublishedBeforeItsNotarization() throws Exception {
        String tomorrow = LocalDate.parse(TODAY).plusDays(1).toString();
        String id = housing.create(lotteryResult(tomorrow));
        HttpResponse<String> uploaded = housing.uploadCsv(id, WULONG_OFFICE,
                "抽签顺序号,户主姓名,身份证号,家庭人口,配租房源,建筑面积（平方米）,联系电话\n"
                        + "1,李小明," + LI + ",3,龙华小区2号楼1单元501室,49.60,\n");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        housing.approved(id);

        HttpResponse<String> publish = housing.publish(id);
        assertThat(publish.statusCode()).as(publish.body()).isEqualTo(400);
        assertThat(publish.body()).contains("payload.notarizedOn").contains("须经公证后方可公示");
        assertThat(suite.send("GET", "/api/housing/public/notices/" + id, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void theDemoBatchIsLoadedWithItsNotarizedDrawAndMaskedRosters() throws Exception {
        HttpResponse<String> feed = suite.send("GET", "/api/housing/public/feed?type=LOTTERY_RESULT", null, null);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (JsonPath.<List<String>>read(feed.body(), "$.items[*].id").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            feed = suite.send("GET", "/api/housing/public/feed?type=LOTTERY_RESULT", null, null);
        }
        String id = JsonPath.read(feed.body(), "$.items[0].id");
        HttpResponse<String> detail = suite.send("GET", "/api/portal/notices/" + id, null, null);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(detail.body(), "$.payload.notaryOffice")).contains("公证处");
        assertThat((String) JsonPath.read(detail.body(), "$.payload.batch")).isEqualTo("2026年第二批公共租赁住房实物配租");

        HttpResponse<String> roster = suite.send("GET", "/api/housing/public/notices/" + id + "/roster", null, null);
        assertThat(JsonPath.<List<String>>read(roster.body(), "$.rows[*].householdHead"))
                .isNotEmpty().allSatisfy(n -> assertThat(n).contains("*"));
        assertThat(JsonPath.<List<String>>read(roster.body(), "$.rows[*].idNumber"))
                .allSatisfy(n -> assertThat(n).matches("\\d{4}\\*{10}[\\dX]{4}"));
    }

    @Test
    @Order(5)
    void withTheHousingServiceDownThePortalFeedStillAnswersNamingItUnavailable() throws Exception {
        housing.killedWhilePortalAnswers(eligibleList());
    }

    static String eligibleList() {
        return """
                {"catalogRow":"HOUSING-01","title":"五龙街道公共租赁住房实物配租抽签家庭名单公示（端到端测试）",
                 "body":"<p>现将符合参加实物配租抽签条件的家庭名单予以公示，公示期7日。</p>",
                 "payload":{"batch":"端到端测试批次","street":"五龙街道","housingProject":"龙华小区公共租赁住房",
                   "units":4,"objectionContact":"五龙街道办事处住房保障窗口，电话0452-2410101"},
                 "region":"230202001000","audience":"PUBLIC","disclosure":"PROACTIVE",
                 "informationFormedOn":"%s"}
                """.formatted(TODAY);
    }

    static String lotteryResult(String notarizedOn) {
        return """
                {"catalogRow":"HOUSING-02","title":"五龙街道公共租赁住房实物配租抽签结果公示（端到端测试）",
                 "body":"<p>抽签经公证处现场公证，现将结果予以公示。</p>",
                 "payload":{"batch":"端到端测试批次","street":"五龙街道","housingProject":"龙华小区公共租赁住房",
                   "drawnAt":"%sT00:00:00","drawPlace":"五龙街道办事处三楼会议室",
                   "notaryOffice":"黑龙江省齐齐哈尔市龙沙公证处","notaryCertificateNumber":"（2026）黑齐龙证字第9999号",
                   "notarizedOn":"%s","witnesses":["居民代表 陈淑珍"]},
                 "region":"230202001000","audience":"PUBLIC","disclosure":"PROACTIVE",
                 "informationFormedOn":"%s"}
                """.formatted(TODAY, notarizedOn, TODAY);
    }


}

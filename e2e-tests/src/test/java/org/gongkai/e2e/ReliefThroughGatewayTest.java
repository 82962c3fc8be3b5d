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
import org.gongkai.core.testing.Tokens;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real config server, relief service (with its demo story) and gateway as separate processes: a village's relief
 * roster is uploaded, published to the portal feed with masked ID numbers and cannot be reviewed during its
 * publicity; the demo roster waiting for the civil-affairs bureau is approved and concluded through the gateway;
 * then the relief service is killed and the portal feed still answers 200, naming relief as unavailable. The
 * scenario continues the demo story, so its processes run on the story's day ({@link Suite#DEMO_STORY_DAY}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliefThroughGatewayTest {

    static final String FUQIANG = "230202102201";
    static final String EDITOR = Tokens.mint("clerk-zhou", "周丽", "relief", "230202", "editor");
    static final String BUREAU = Tokens.mint("reviewer-wu", "吴刚", "relief", "230202", "reviewer");
    static final String VILLAGE = Tokens.mint("fuqiang-committee", "李玉兰", "relief", FUQIANG, "reviewer");
    static final String XINMIN_VILLAGE = Tokens.mint("xinmin-committee", "新民村民委员会", "relief", "230202102202",
            "reviewer");
    /** Fictional ID numbers with valid GB 11643 check digits. */
    static final String ID_A = "230202196204150013";
    static final String ID_B = "230202197008220023";

    @RegisterExtension
    static final SuiteExtension suite = SuiteExtension.today("relief").on(Suite.DEMO_STORY_DAY);
    static final Notices relief = suite.notices("relief", EDITOR, BUREAU);

    static String rosterId;

    @Test
    @Order(1)
    void aVillageRosterUploadedAndPublishedThroughTheGatewayIsInThePortalFeedMaskedAndNotYetReviewable()
            throws Exception {
        rosterId = relief.create(draft());

        String csv = "户主姓名,身份证号,村民小组,家庭人口,救助类别,救助金额（元）,备注\n"
                + "赵德胜," + ID_A + ",第一村民小组,3,口粮救助,1500,\n"
                + "钱秀兰," + ID_B + ",第二村民小组,2,取暖救助,600,\n";
        HttpResponse<String> uploaded = relief.uploadCsv(rosterId, EDITOR, csv);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);

        relief.reviewedAndPublished(rosterId);

        HttpResponse<String> feed = relief.inPortalFeed(rosterId);
        List<String> audiences = JsonPath.read(feed.body(), "$.items[?(@.id=='" + rosterId + "')].audience");
        assertThat(audiences).containsExactly(FUQIANG);

        HttpResponse<String> roster = suite.send("GET", "/api/relief/public/notices/" + rosterId + "/roster", null, null);
        assertThat(roster.statusCode()).isEqualTo(200);
        assertThat(roster.body()).contains("赵德胜").doesNotContain(ID_A).doesNotContain(ID_B);
        List<String> idNumbers = JsonPath.read(roster.body(), "$.rows[*].idNumber");
        assertThat(idNumbers).allSatisfy(n -> assertThat(n).matches("2302\\*{10}[\\dX]{4}"));

        HttpResponse<String> early = suite.send("POST", "/api/relief/notices/" + rosterId + "/reviews", VILLAGE,
                "{\"step\":\"VILLAGE\",\"opinion\":\"同意上报\"}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("公示期满后");

        HttpResponse<String> objection = suite.send("POST", "/api/relief/public/notices/" + rosterId + "/objections", null,
                "{\"name\":\"周建华\",\"contact\":\"13904521234\",\"reason\":\"钱秀兰户房屋未受损\",\"rosterLine\":3}");
        assertThat(objection.statusCode()).as(objection.body()).isEqualTo(201);
        HttpResponse<String> detail = suite.send("GET", "/api/portal/notices/" + rosterId, null, null);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).doesNotContain("周建华").doesNotContain("13904521234");
    }

    @Test
    @Order(2)
    void theDemoRosterAwaitingTheBureauIsApprovedAndConcludedThroughTheGateway() throws Exception {
        String xinmin = awaitDemoRoster();
        HttpResponse<String> before = suite.send("GET", "/api/relief/public/notices/" + xinmin, null, null);
        assertThat((List<?>) JsonPath.read(before.body(), "$.records.reviews")).hasSize(2);

        HttpResponse<String> byVillage = suite.send("POST", "/api/relief/notices/" + xinmin + "/reviews", XINMIN_VILLAGE,
                "{\"step\":\"CIVIL_AFFAIRS\",\"opinion\":\"村里代批\"}");
        assertThat(byVillage.statusCode()).isEqualTo(403);
        assertThat(byVillage.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> blocked = relief.conclude(xinmin);
        assertThat(blocked.statusCode()).isEqualTo(409);
        assertThat(blocked.body()).contains("区民政局审批");

        HttpResponse<String> approved = suite.send("POST", "/api/relief/notices/" + xinmin + "/reviews", BUREAU,
                "{\"step\":\"CIVIL_AFFAIRS\",\"opinion\":\"同意，按审批金额发放\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat((List<?>) JsonPath.read(approved.body(), "$.records.reviews")).hasSize(3);
        List<String> actions = JsonPath.read(approved.body(), "$.history[*].action");
        assertThat(actions).contains("村民委员会评议：通过", "街道办事处审核：通过", "区民政局审批：通过");

        HttpResponse<String> concluded = relief.conclude(xinmin);
        assertThat(concluded.statusCode()).as(concluded.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(concluded.body(), "$.status")).isEqualTo("CONCLUDED");
    }

    @Test
    @Order(3)
    void withTheReliefServiceDownThePortalFeedStillAnswersNamingItUnavailable() throws Exception {
        relief.killedWhilePortalAnswers(draft());
    }

    static String awaitDemoRoster() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpResponse<String> feed = suite.send("GET", "/api/relief/public/feed?type=RELIEF_ROSTER&region=230202102202",
                    null, null);
            List<String> ids = JsonPath.read(feed.body(), "$.items[*].id");
            if (!ids.isEmpty()) {
                HttpResponse<String> detail = suite.send("GET", "/api/relief/public/notices/" + ids.get(0), null, null);
                List<?> reviews = JsonPath.read(detail.body(), "$.records.reviews[*]");
                if (reviews.size() == 2 || System.nanoTime() > deadline) {
                    return ids.get(0);
                }
            } else if (System.nanoTime() > deadline) {
                throw new AssertionError("the demo roster of 新民村 never appeared: " + feed.body());
            }
            Thread.sleep(500);
        }
    }

    static String draft() {
        return """
                {"catalogRow":"RELIEF-01","title":"富强村受灾人员冬春生活救助对象名单公示（端到端测试）",
                 "body":"<p>经村民委员会民主评议，现将救助对象名单在本村公示7天。</p>",
                 "payload":{"disasterEvent":"2026年7月下旬暴雨洪涝灾害","village":"富强村",
                   "reliefPeriod":"2026年冬季至2027年春季","reliefStandard":"口粮救助每人500元；取暖救助每户600元",
                   "households":2,"persons":5,"totalAmount":2100,"objectionMethod":"公示期内向富强村民委员会反映"},
                 "region":"230202102201","audience":"230202102201","disclosure":"PROACTIVE",
                 "informationFormedOn":"%s"}
                """.formatted(suite.day());
    }


}

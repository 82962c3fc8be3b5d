package org.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * The real config server, procurement service and gateway as separate processes: a tender whose bid deadline is too
 * close is refused with the earliest lawful date, corrected and published; its winning candidates, award and
 * contract follow, and the whole process is exported as OCDS through the gateway. Then the procurement service is
 * killed and the portal feed still answers 200, naming procurement as unavailable.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcurementThroughGatewayTest {

    static final String EDITOR = Tokens.mint("clerk-qian", "钱丽", "procurement", "230202", "editor");
    static final String REVIEWER = Tokens.mint("reviewer-feng", "冯刚", "procurement", "230202", "reviewer");
    static final LocalDate TODAY = TestDate.today();
    static final String PROJECT = "E2E-" + TODAY.toString().replace("-", "") + "-" + (System.nanoTime() % 10_000);

    @RegisterExtension
    static final SuiteExtension suite = SuiteExtension.today("education", "procurement").needing("procurement");
    static final Notices procurement = suite.notices("procurement", EDITOR, REVIEWER);

    static String tenderId;
    static String candidatesId;

    @Test
    @Order(1)
    void aTenderWithTooShortABiddingTimeIsRefusedWithTheEarliestDateThenCorrectedAndPublished() throws Exception {
        tenderId = procurement.create(tender(TODAY.plusDays(19)));

        HttpResponse<String> refused = procurement.submit(tenderId);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        LocalDate earliest = TODAY.plusDays(20);
        assertThat((String) JsonPath.read(refused.body(), "$.errors[0].reason"))
                .contains("最早为" + earliest.getYear() + "年" + earliest.getMonthValue() + "月" + earliest.getDayOfMonth() + "日");

        HttpResponse<String> revised = procurement.revise(tenderId, tender(earliest));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        procurement.reviewedAndPublished(tenderId);

        procurement.inPortalFeed(tenderId);
    }

    @Test
    @Order(2)
    void winningCandidatesArePublicisedForThreeDaysAndAnObjectionIsDueForAnswerInThree() throws Exception {
        candidatesId = procurement.create(candidates());
        HttpResponse<String> published = procurement.reviewedAndPublished(candidatesId);
        assertThat((String) JsonPath.read(published.body(), "$.period.end")).isEqualTo(TODAY.plusDays(2).toString());

        HttpResponse<String> filed = suite.send("POST", "/api/procurement/public/notices/" + candidatesId + "/objections",
                null, "{\"name\":\"韩立强\",\"contact\":\"0452-2563318\",\"reason\":\"第一中标候选人项目负责人有在建项目\"}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        assertThat((String) JsonPath.read(filed.body(), "$.answerDueBy")).isEqualTo(TODAY.plusDays(3).toString());

        HttpResponse<String> detail = suite.send("GET", "/api/procurement/public/notices/" + candidatesId, null, null);
        assertThat(detail.body()).doesNotContain("韩立强").doesNotContain("0452-2563318");
        assertThat((Boolean) JsonPath.read(detail.body(), "$.late")).isFalse();
    }

    @Test
    @Order(3)
    void theAwardAndContractFollowAndTheWholeProcessIsExportedAsOcds() throws Exception {
        procurement.reviewedAndPublished(procurement.create(award()));
        procurement.reviewedAndPublished(procurement.create(contract()));

        HttpResponse<String> records = suite.send("GET", "/api/procurement/public/ocds/records/" + PROJECT, null, null);
        assertThat(records.statusCode()).as(records.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(records.body(), "$.version")).isEqualTo("1.1");
        assertThat((String) JsonPath.read(records.body(), "$.records[0].ocid")).isEqualTo("ocds-gongkai-" + PROJECT);
        assertThat((List<List<String>>) JsonPath.read(records.body(), "$.records[0].releases[*].tag"))
                .containsExactly(List.of("tender"), List.of("award"), List.of("award"), List.of("contract"));
        assertThat((List<String>) JsonPath.read(records.body(), "$.records[0].compiledRelease.awards[*].status"))
                .containsExactly("active");
        assertThat((List<String>) JsonPath.read(records.body(), "$.records[0].compiledRelease.contracts[*].awardID"))
                .containsExactly("award-01");

        HttpResponse<String> releases = suite.send("GET", "/api/procurement/public/ocds/releases/" + PROJECT, null, null);
        assertThat(releases.statusCode()).isEqualTo(200);
        assertThat((List<?>) JsonPath.read(releases.body(), "$.releases")).hasSize(4);
    }

    @Test
    @Order(4)
    void theDemoSchoolRenovationIsLoadedAndExported() throws Exception {
        HttpResponse<String> feed = suite.send("GET", "/api/procurement/public/feed?type=CONTRACT_ANNOUNCEMENT", null, null);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(feed.body(), "$.items[*].title"))
                .anyMatch(t -> t.contains("湖滨学校"));
        HttpResponse<String> ocds = suite.send("GET", "/api/procurement/public/ocds/releases/LSQ-2026-ZB-018", null, null);
        assertThat(ocds.statusCode()).isEqualTo(200);
        assertThat((List<?>) JsonPath.read(ocds.body(), "$.releases")).hasSize(6);
    }

    @Test
    @Order(5)
    void withTheProcurementServiceDownThePortalFeedStillAnswersAndWritesGetAProblem() throws Exception {
        procurement.killedWhilePortalAnswers(tender(TODAY.plusDays(30)));
        HttpResponse<String> export = suite.send("GET", "/api/procurement/public/ocds/records/" + PROJECT, null, null);
        assertThat(export.statusCode()).isEqualTo(503);
    }

    private static String draft(String row, String title, String payload) {
        return """
                {"catalogRow":"%s","title":"%s","body":"<p>%s</p>","payload":%s,
                 "region":"230202000000","audience":"PUBLIC","disclosure":"PROACTIVE","informationFormedOn":"%s"}
                """.formatted(row, title, title, payload, TODAY);
    }

    static String tender(LocalDate deadline) {
        String at = deadline + "T09:30:00";
        return draft("PROC-01", "龙沙区湖滨学校操场改造工程招标公告（端到端测试）", """
                {"projectCode":"%s","projectName":"龙沙区湖滨学校操场改造工程","category":"WORKS",
                 "procurementMethod":"OPEN_TENDER","budget":860000,"fundingSource":"区级财政资金",
                 "scope":"塑胶跑道及人造草坪铺设","qualification":"建筑工程施工总承包三级及以上资质",
                 "consortiumAccepted":false,"buyer":{"name":"齐齐哈尔市龙沙区教育局","contact":"0452-2712345"},
                 "lots":[{"code":"01","name":"操场改造","budget":860000}],
                 "documentsObtain":"公告发布之日起7日内在交易平台下载","submissionMethod":"通过交易平台递交电子投标文件",
                 "bidDeadline":"%s","bidOpening":"%s","bidOpeningPlace":"龙沙区公共资源交易中心第一开标室"}
                """.formatted(PROJECT, at, at));
    }

    static String candidates() {
        return draft("PROC-02", "龙沙区湖滨学校操场改造工程中标候选人公示（端到端测试）", """
                {"projectCode":"%s","projectName":"龙沙区湖滨学校操场改造工程","lotCode":"01",
                 "evaluationReportDate":"%s","objectionChannel":"公示期内以书面形式向招标人提出",
                 "candidates":[{"rank":1,"name":"黑龙江龙江恒泰建设工程有限公司","bidAmount":842000},
                               {"rank":2,"name":"黑龙江北疆市政工程有限公司","bidAmount":851500}]}
                """.formatted(PROJECT, TODAY));
    }

    static String award() {
        return draft("PROC-03", "龙沙区湖滨学校操场改造工程中标结果公告（端到端测试）", """
                {"projectCode":"%s","projectName":"龙沙区湖滨学校操场改造工程","lotCode":"01",
                 "determinationDate":"%s","winner":{"name":"黑龙江龙江恒泰建设工程有限公司"},"amount":842000}
                """.formatted(PROJECT, TODAY));
    }

    static String contract() {
        return draft("PROC-04", "龙沙区湖滨学校操场改造工程合同公告（端到端测试）", """
                {"projectCode":"%s","projectName":"龙沙区湖滨学校操场改造工程","lotCode":"01",
                 "contractNumber":"%s-HT-01","contractName":"龙沙区湖滨学校操场改造工程施工合同","signingDate":"%s",
                 "supplier":{"name":"黑龙江龙江恒泰建设工程有限公司"},"amount":842000,"subjectMatter":"塑胶跑道及人造草坪铺设"}
                """.formatted(PROJECT, PROJECT, TODAY));
    }

}

package org.gongkai.procurement;

import org.gongkai.core.testing.NoticeApi;
import java.util.List;
import java.util.Map;
import org.gongkai.core.testing.Tokens;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The procurement service's HTTP API as the tests drive it: department calls with tokens, drafts of each type. */
final class ProcurementApi extends NoticeApi {

    static final String EDITOR = Tokens.mint("clerk-qian", "钱丽", "procurement", "230202", "editor");
    static final String REVIEWER = Tokens.mint("reviewer-feng", "冯刚", "procurement", "230202", "reviewer");
    static final String COUNTY = "230202000000";


    ProcurementApi(WebTestClient web) {
        super(web, "procurement", EDITOR, REVIEWER);
    }

    WebTestClient.ResponseSpec fileObjection(String id, String name, String contact, String reason) {
        return fileObjection(id, name, contact, reason, false);
    }

    private static Map<String, Object> draft(String row, String title, Map<String, Object> payload, String formed) {
        return Map.of("catalogRow", row, "title", title, "body", "<p>" + title + "</p>", "payload", payload,
                "region", COUNTY, "audience", "PUBLIC", "disclosure", "PROACTIVE", "informationFormedOn", formed);
    }

    /** PROC-01, two lots, bids due and opened at {@code deadline} (e.g. "2026-11-22T09:30:00"). */
    static Map<String, Object> tender(String projectCode, String deadline) {
        return draft("PROC-01", "龙沙区湖滨学校教学楼维修改造工程招标公告（" + projectCode + "）", Map.ofEntries(
                Map.entry("projectCode", projectCode), Map.entry("projectName", "龙沙区湖滨学校教学楼维修改造工程"),
                Map.entry("category", "WORKS"), Map.entry("procurementMethod", "OPEN_TENDER"),
                Map.entry("budget", 5100000), Map.entry("fundingSource", "区级财政资金"),
                Map.entry("scope", "教学楼屋面防水、外墙保温、门窗更换及电气消防改造"),
                Map.entry("qualification", "建筑工程施工总承包三级及以上资质"), Map.entry("consortiumAccepted", false),
                Map.entry("buyer", Map.of("name", "齐齐哈尔市龙沙区教育局", "address", "齐齐哈尔市龙沙区",
                        "contact", "张老师 0452-2712345")),
                Map.entry("agency", Map.of("name", "齐齐哈尔鹤诚工程项目管理有限公司")),
                Map.entry("lots", List.of(Map.of("code", "01", "name", "土建", "budget", 3860000),
                        Map.of("code", "02", "name", "电气及消防", "budget", 1240000))),
                Map.entry("documentsObtain", "公告发布之日起7日内在交易平台下载"),
                Map.entry("submissionMethod", "通过交易平台递交电子投标文件"),
                Map.entry("bidDeadline", deadline), Map.entry("bidOpening", deadline),
                Map.entry("bidOpeningPlace", "龙沙区公共资源交易中心第一开标室")), "2026-10-30");
    }

    static Map<String, Object> candidate(int rank, String name, double bid) {
        return Map.of("rank", rank, "name", name, "bidAmount", bid, "durationDays", 150, "quality", "合格",
                "projectManager", "王立新", "projectManagerCertificate", "黑223181912345");
    }

    /** PROC-02 for {@code lot}, with the evaluation report received on {@code reportDate}. */
    static Map<String, Object> candidates(String projectCode, String lot, String reportDate) {
        return draft("PROC-02", "中标候选人公示（" + projectCode + "第" + lot + "标段）", Map.of(
                "projectCode", projectCode, "projectName", "龙沙区湖滨学校教学楼维修改造工程", "lotCode", lot,
                "evaluationReportDate", reportDate,
                "candidates", List.of(candidate(1, "黑龙江龙江恒泰建设工程有限公司", 3712468.5),
                        candidate(2, "齐齐哈尔市嫩江建筑安装有限公司", 3748900),
                        candidate(3, "黑龙江北疆市政工程有限公司", 3795320)),
                "objectionChannel", "公示期内以书面形式向招标人提出"), reportDate);
    }

    /** PROC-03 for {@code lot}, the winner determined on {@code determined}. */
    static Map<String, Object> award(String projectCode, String lot, String determined) {
        return draft("PROC-03", "中标结果公告（" + projectCode + "第" + lot + "标段）", Map.of(
                "projectCode", projectCode, "projectName", "龙沙区湖滨学校教学楼维修改造工程", "lotCode", lot,
                "determinationDate", determined,
                "winner", Map.of("name", "黑龙江龙江恒泰建设工程有限公司", "address", "黑龙江省齐齐哈尔市"),
                "amount", 3712468.5), determined);
    }

    /** PROC-04 for {@code lot}, signed on {@code signed}. */
    static Map<String, Object> contract(String projectCode, String lot, String signed) {
        return draft("PROC-04", "合同公告（" + projectCode + "第" + lot + "标段）", Map.ofEntries(
                Map.entry("projectCode", projectCode), Map.entry("projectName", "龙沙区湖滨学校教学楼维修改造工程"),
                Map.entry("lotCode", lot), Map.entry("contractNumber", projectCode + "-HT-" + lot),
                Map.entry("contractName", "龙沙区湖滨学校教学楼维修改造工程施工合同"), Map.entry("signingDate", signed),
                Map.entry("supplier", Map.of("name", "黑龙江龙江恒泰建设工程有限公司")), Map.entry("amount", 3712468.5),
                Map.entry("subjectMatter", "教学楼维修改造，工期150日历天"),
                Map.entry("performanceStart", "2027-04-01"), Map.entry("performanceEnd", "2027-08-28")), signed);
    }
}

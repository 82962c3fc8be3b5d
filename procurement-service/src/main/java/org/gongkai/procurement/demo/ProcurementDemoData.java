package org.gongkai.procurement.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.core.demo.DemoScript;
import org.gongkai.core.demo.DemoStory;
import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeDraft;
import org.gongkai.core.objection.Objection;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The procurement story of the demo district (龙沙区, 230202): a school renovation tendered in two lots, its
 * winning candidates (one objected to and answered), the awards, and a contract announced a day late; then a
 * second tender still open for bids and a third in review. Companies and people are fictional.
 */
@Component
class ProcurementDemoData implements DemoStory {

    static final String COUNTY = "230202000000";
    static final String SCHOOL_PROJECT = "LSQ-2026-ZB-018";
    static final String SCHOOL = "龙沙区湖滨学校教学楼维修改造工程";
    static final String SECURITY_PROJECT = "LSQ-2026-ZB-024";

    private static final Map<String, Object> BUYER = Map.of("name", "齐齐哈尔市龙沙区教育局",
            "address", "齐齐哈尔市龙沙区", "contact", "基建科 张老师 0452-2712345");
    private static final Map<String, Object> AGENCY = Map.of("name", "齐齐哈尔鹤诚工程项目管理有限公司",
            "address", "齐齐哈尔市龙沙区", "contact", "刘工 0452-2488761");
    private static final String OBJECTIONS = "投标人或者其他利害关系人对评标结果有异议的，应当在公示期间以书面形式向招标人提出，"
            + "或在本网站“我要提异议”提交；招标人自收到异议之日起3日内作出答复。";

    @Override
    public Mono<Void> tell(DemoScript script) {
        return script.published(schoolTender(), LocalDate.of(2026, 10, 12), null)
                .then(script.published(candidates("01", "教学楼主体维修（土建）", List.of(
                        candidate(1, "黑龙江龙江恒泰建设工程有限公司", 3712468.50, "王立新", "黑223181912345"),
                        candidate(2, "齐齐哈尔市嫩江建筑安装有限公司", 3748900.00, "李春梅", "黑223191803321"),
                        candidate(3, "黑龙江北疆市政工程有限公司", 3795320.00, "赵德胜", "黑223171600458"))),
                        LocalDate.of(2026, 11, 5), null))
                .flatMap(n -> objectedAndAnswered(script, n))
                .flatMap(n -> script.concluded(n, LocalDate.of(2026, 11, 9)))
                .then(script.published(candidates("02", "电气及消防改造", List.of(
                        candidate(1, "齐齐哈尔市鹤城电气消防工程有限公司", 1186730.00, "孙志强", "黑223201911207"),
                        candidate(2, "黑龙江安源消防科技有限公司", 1203500.00, "周海燕", "黑223181706613"))),
                        LocalDate.of(2026, 11, 5), null))
                .flatMap(n -> script.concluded(n, LocalDate.of(2026, 11, 9)))
                .then(script.published(award("01", "黑龙江龙江恒泰建设工程有限公司", 3712468.50),
                        LocalDate.of(2026, 11, 11), null))
                .then(script.published(award("02", "齐齐哈尔市鹤城电气消防工程有限公司", 1186730.00),
                        LocalDate.of(2026, 11, 11), null))
                .then(script.published(contract(), LocalDate.of(2026, 11, 19), null))
                .then(script.published(securityTender(), LocalDate.of(2026, 11, 20), null))
                .then(script.inReview(canteenTender(), LocalDate.of(2026, 11, 23), null))
                .then();
    }

    /** A third-ranked bidder questions the first candidate's project manager; the buyer answers within 3 days. */
    private static Mono<Notice> objectedAndAnswered(DemoScript script, Notice publicity) {
        return script.objection(publicity, LocalDate.of(2026, 11, 6), "黑龙江北疆市政工程有限公司（经办人韩立强）",
                        "0452-2563318", "第一中标候选人拟派项目负责人王立新同时担任其他在建项目负责人，请核查。", false)
                .flatMap(id -> script.answered(publicity, id, LocalDate.of(2026, 11, 8), Objection.Outcome.DISMISSED,
                        "经向住房城乡建设主管部门核实，王立新原任项目已于2026年9月竣工验收，不存在在建项目，异议不成立。",
                        "演示审核人（龙沙区公共资源交易中心）"))
                .thenReturn(publicity);
    }

    private static NoticeDraft draft(String row, String title, String body, Map<String, Object> payload,
            LocalDate formed) {
        return new NoticeDraft(row, title, body, payload, COUNTY, "PUBLIC", Disclosure.PROACTIVE, null, formed, null,
                null);
    }

    private static NoticeDraft schoolTender() {
        return draft("PROC-01", SCHOOL + "招标公告",
                "<p>" + SCHOOL + "已由龙沙区发展和改革局批准建设，建设资金来自区级财政资金，招标人为齐齐哈尔市龙沙区教育局，"
                        + "项目已具备招标条件，现对该项目施工进行公开招标。</p>"
                        + "<p>本次招标划分为两个标段，投标人可投任一或全部标段。</p>",
                Map.ofEntries(Map.entry("projectCode", SCHOOL_PROJECT), Map.entry("projectName", SCHOOL),
                        Map.entry("category", "WORKS"), Map.entry("procurementMethod", "OPEN_TENDER"),
                        Map.entry("budget", 5100000), Map.entry("fundingSource", "区级财政资金"),
                        Map.entry("scope", "湖滨学校教学楼（地上四层，建筑面积6240平方米）屋面防水、外墙保温、门窗更换、"
                                + "室内墙地面翻新及电气、消防系统改造"),
                        Map.entry("qualification", "具备建筑工程施工总承包三级及以上资质（第01标段）或消防设施工程专业承包二级及以上资质"
                                + "（第02标段），具有有效的安全生产许可证；拟派项目负责人具备相应专业注册建造师执业资格且无在建项目"),
                        Map.entry("consortiumAccepted", false), Map.entry("buyer", BUYER),
                        Map.entry("agency", AGENCY),
                        Map.entry("lots", List.of(
                                Map.of("code", "01", "name", "教学楼主体维修（土建）", "budget", 3860000),
                                Map.of("code", "02", "name", "电气及消防改造", "budget", 1240000))),
                        Map.entry("documentsObtain", "2026年10月12日至10月19日，登录齐齐哈尔市公共资源交易平台免费下载"),
                        Map.entry("submissionMethod", "通过齐齐哈尔市公共资源交易平台递交电子投标文件"),
                        Map.entry("bidDeadline", "2026-11-03T09:30:00"), Map.entry("bidOpening", "2026-11-03T09:30:00"),
                        Map.entry("bidOpeningPlace", "龙沙区公共资源交易中心第一开标室（网上开标）")),
                LocalDate.of(2026, 10, 9));
    }

    private static Map<String, Object> candidate(int rank, String name, double bid, String manager,
            String certificate) {
        return Map.of("rank", rank, "name", name, "bidAmount", bid, "durationDays", 150, "quality", "合格",
                "projectManager", manager, "projectManagerCertificate", certificate);
    }

    private static NoticeDraft candidates(String lot, String lotName, List<Map<String, Object>> ranked) {
        return draft("PROC-02", SCHOOL + "第" + lot + "标段（" + lotName + "）中标候选人公示",
                "<p>" + SCHOOL + "第" + lot + "标段已于2026年11月3日开标、评标，招标人于2026年11月4日收到评标报告，"
                        + "现将中标候选人公示如下，公示期3日。</p>",
                Map.of("projectCode", SCHOOL_PROJECT, "projectName", SCHOOL, "lotCode", lot,
                        "evaluationReportDate", "2026-11-04", "candidates", ranked,
                        "evaluationSummary", "评标委员会由5人组成，采用经评审的最低投标价法，有效投标人" + (ranked.size() + 2) + "家",
                        "objectionChannel", OBJECTIONS),
                LocalDate.of(2026, 11, 4));
    }

    private static NoticeDraft award(String lot, String winner, double amount) {
        return draft("PROC-03", SCHOOL + "第" + lot + "标段中标结果公告",
                "<p>" + SCHOOL + "第" + lot + "标段中标候选人公示期满，无成立的异议，招标人于2026年11月10日确定中标人，"
                        + "现将中标结果公告如下。</p>",
                Map.of("projectCode", SCHOOL_PROJECT, "projectName", SCHOOL, "lotCode", lot,
                        "determinationDate", "2026-11-10",
                        "winner", Map.of("name", winner, "address", "黑龙江省齐齐哈尔市"),
                        "amount", amount, "reviewExperts", List.of("孙志远", "李秀英", "赵建华", "周文华", "吴永胜")),
                LocalDate.of(2026, 11, 10));
    }

    private static NoticeDraft contract() {
        return draft("PROC-04", SCHOOL + "第01标段施工合同公告",
                "<p>" + SCHOOL + "第01标段施工合同已于2026年11月16日签订，现予公告。</p>",
                Map.ofEntries(Map.entry("projectCode", SCHOOL_PROJECT), Map.entry("projectName", SCHOOL),
                        Map.entry("lotCode", "01"), Map.entry("contractNumber", "LSJY-2026-HT-031"),
                        Map.entry("contractName", SCHOOL + "第01标段（土建）施工合同"),
                        Map.entry("signingDate", "2026-11-16"),
                        Map.entry("supplier", Map.of("name", "黑龙江龙江恒泰建设工程有限公司", "address", "黑龙江省齐齐哈尔市")),
                        Map.entry("amount", 3712468.50),
                        Map.entry("subjectMatter", "教学楼屋面防水、外墙保温、门窗更换及室内墙地面翻新，工期150日历天，质量合格"),
                        Map.entry("performanceStart", "2027-04-01"), Map.entry("performanceEnd", "2027-08-28"),
                        Map.entry("performancePlace", "龙沙区湖滨学校")),
                LocalDate.of(2026, 11, 16));
    }

    private static NoticeDraft securityTender() {
        return draft("PROC-01", "龙沙区中小学校校园安防监控系统升级采购项目招标公告",
                "<p>龙沙区教育局拟对辖区中小学校校园安防监控系统进行升级，现进行公开招标，欢迎符合条件的供应商参加投标。</p>",
                Map.ofEntries(Map.entry("projectCode", SECURITY_PROJECT),
                        Map.entry("projectName", "龙沙区中小学校校园安防监控系统升级采购项目"),
                        Map.entry("category", "GOODS"), Map.entry("procurementMethod", "OPEN_TENDER"),
                        Map.entry("budget", 1680000), Map.entry("fundingSource", "区级财政资金"),
                        Map.entry("scope", "为辖区14所中小学校更换高清网络摄像机420台、存储设备及校园安防管理平台，含安装调试和三年质保"),
                        Map.entry("qualification", "具有独立承担民事责任的能力，具有良好的商业信誉和健全的财务会计制度，"
                                + "参加政府采购活动前三年内在经营活动中没有重大违法记录"),
                        Map.entry("consortiumAccepted", true), Map.entry("buyer", BUYER),
                        Map.entry("agency", AGENCY),
                        Map.entry("lots", List.of(Map.of("code", "01", "name", "校园安防监控系统升级", "budget", 1680000))),
                        Map.entry("documentsObtain", "2026年11月20日至11月27日，登录齐齐哈尔市公共资源交易平台免费下载"),
                        Map.entry("submissionMethod", "通过齐齐哈尔市公共资源交易平台递交电子投标文件"),
                        Map.entry("bidDeadline", "2026-12-11T09:30:00"), Map.entry("bidOpening", "2026-12-11T09:30:00"),
                        Map.entry("bidOpeningPlace", "龙沙区公共资源交易中心第二开标室（网上开标）")),
                LocalDate.of(2026, 11, 18));
    }

    private static NoticeDraft canteenTender() {
        return draft("PROC-01", "龙沙区教育系统2027年度学校食堂食材配送服务采购项目招标公告",
                "<p>龙沙区教育局拟采购2027年度学校食堂食材配送服务，现进行公开招标。</p>",
                Map.ofEntries(Map.entry("projectCode", "LSQ-2026-ZB-027"),
                        Map.entry("projectName", "龙沙区教育系统2027年度学校食堂食材配送服务采购项目"),
                        Map.entry("category", "SERVICES"), Map.entry("procurementMethod", "OPEN_TENDER"),
                        Map.entry("budget", 2450000), Map.entry("fundingSource", "区级财政资金"),
                        Map.entry("scope", "为辖区9所寄宿制学校食堂配送米面粮油、肉禽蛋奶及蔬菜，服务期一年"),
                        Map.entry("qualification", "具有食品经营许可证，具备冷链配送能力"),
                        Map.entry("consortiumAccepted", false), Map.entry("buyer", BUYER),
                        Map.entry("lots", List.of(Map.of("code", "01", "name", "食材配送服务", "budget", 2450000))),
                        Map.entry("documentsObtain", "2026年12月7日至12月14日，登录齐齐哈尔市公共资源交易平台免费下载"),
                        Map.entry("submissionMethod", "通过齐齐哈尔市公共资源交易平台递交电子投标文件"),
                        Map.entry("bidDeadline", "2026-12-29T09:30:00"), Map.entry("bidOpening", "2026-12-29T09:30:00"),
                        Map.entry("bidOpeningPlace", "龙沙区公共资源交易中心第一开标室（网上开标）")),
                LocalDate.of(2026, 11, 20));
    }
}

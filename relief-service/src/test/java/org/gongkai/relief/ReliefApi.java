package org.gongkai.relief;

import org.gongkai.core.testing.NoticeApi;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gongkai.core.privacy.IdNumbers;
import org.gongkai.core.testing.Tokens;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The relief service's HTTP API as the tests drive it: the civil-affairs bureau's clerk and reviewer, the village
 * committee and street office reviewers, relief roster and funds drafts, and the review chain.
 */
final class ReliefApi extends NoticeApi {

    static final String FUQIANG = "230202102201";
    static final String XINMIN = "230202102202";
    static final String EDITOR = Tokens.mint("clerk-zhou", "周丽", "relief", "230202", "editor");
    /** The civil-affairs bureau's reviewer: approves releases, and approves rosters as the chain's last step. */
    static final String BUREAU = Tokens.mint("reviewer-wu", "吴刚", "relief", "230202", "reviewer");
    static final String VILLAGE = Tokens.mint("fuqiang-committee", "李玉兰", "relief", FUQIANG, "reviewer");
    static final String STREET = Tokens.mint("hubin-street", "王海燕", "relief", "230202102", "reviewer");

    static final String HEADER = "户主姓名,身份证号,村民小组,家庭人口,救助类别,救助金额（元）,备注\n";
    static final String FUNDS_HEADER = "户主姓名,身份证号,救助类别,领取金额（元）,发放日期,发放方式\n";

    record Household(String name, String idNumber, int size, String category, int amount) {
    }

    static final Household ZHAO = new Household("赵德胜", IdNumbers.withCheckDigit("23020219620415001"), 3, "口粮救助", 1500);
    static final Household QIAN = new Household("钱秀兰", IdNumbers.withCheckDigit("23020219700822002"), 2, "取暖救助", 600);
    static final Household SUN = new Household("孙建国", IdNumbers.withCheckDigit("23020219581103003"), 4, "口粮和取暖救助", 2600);
    static final List<Household> THREE = List.of(ZHAO, QIAN, SUN);


    ReliefApi(WebTestClient web) {
        super(web, "relief", EDITOR, BUREAU);
    }

    WebTestClient.ResponseSpec upload(String id, byte[] csv) {
        return uploadRoster(id, "名单.csv", csv);
    }

    /** A roster for 富强村 drafted, its CSV uploaded, reviewed for release and published today. */
    String publishedRoster(String title, List<Household> households) {
        String id = create(roster(title, households));
        upload(id, rosterCsv(households)).expectStatus().isCreated();
        publish(id);
        return id;
    }

    WebTestClient.ResponseSpec step(String token, String id, String step, String opinion) {
        return post(token, id, "reviews", Map.of("step", step, "opinion", opinion));
    }

    /** The whole chain, each step by its own body. */
    void approveChain(String id) {
        step(VILLAGE, id, "VILLAGE", "经民主评议，同意上报").expectStatus().isOk();
        step(STREET, id, "STREET", "经入户核查，审核通过").expectStatus().isOk();
        step(BUREAU, id, "CIVIL_AFFAIRS", "同意").expectStatus().isOk();
    }

    String publicRoster(String id) {
        return web.get().uri(path("/public/notices/{id}/roster"), id).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    String objection(String id, int rosterLine, String reason) {
        return objectionToLine(id, rosterLine, "周建华", "13904521234", reason);
    }

    /** RELIEF-01 for 富强村: region and audience are the village's code; totals match {@code households}. */
    static Map<String, Object> roster(String title, List<Household> households) {
        return Map.of("catalogRow", "RELIEF-01", "title", title,
                "body", "<p>经村民委员会民主评议，现将受灾人员冬春生活救助对象名单在本村公示。</p>",
                "payload", Map.of("disasterEvent", "2026年7月下旬暴雨洪涝灾害", "village", "富强村",
                        "reliefPeriod", "2026年冬季至2027年春季", "reliefStandard", "口粮救助每人500元；取暖救助每户600元",
                        "households", households.size(), "persons", households.stream().mapToInt(Household::size).sum(),
                        "totalAmount", households.stream().mapToInt(Household::amount).sum(),
                        "objectionMethod", "公示期内向富强村民委员会反映"),
                "region", FUQIANG, "audience", FUQIANG, "disclosure", "PROACTIVE",
                "informationFormedOn", "2026-10-30");
    }

    /** RELIEF-02 for 富强村, paying {@code households} on the roster {@code rosterId}. */
    static Map<String, Object> funds(String title, String rosterId, List<Household> households) {
        return Map.of("catalogRow", "RELIEF-02", "title", title,
                "body", "<p>现将救助对象及其领取救助资金数额公布如下。</p>",
                "payload", Map.of("disasterEvent", "2026年7月下旬暴雨洪涝灾害", "village", "富强村",
                        "rosterNoticeId", rosterId, "approvalNumber", "龙民救审〔2026〕21号",
                        "fundSource", "中央自然灾害救灾资金", "disbursedOn", "2026-11-20",
                        "households", households.size(), "totalAmount", households.stream().mapToInt(Household::amount).sum(),
                        "supervisionMethod", "向区民政局社会救助科反映"),
                "region", FUQIANG, "audience", "PUBLIC", "disclosure", "PROACTIVE",
                "informationFormedOn", "2026-11-20");
    }

    static byte[] rosterCsv(List<Household> households) {
        StringBuilder csv = new StringBuilder(HEADER);
        households.forEach(h -> csv.append(h.name()).append(',').append(h.idNumber()).append(",第一村民小组,")
                .append(h.size()).append(',').append(h.category()).append(',').append(h.amount()).append(",\n"));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] fundsCsv(List<Household> households) {
        StringBuilder csv = new StringBuilder(FUNDS_HEADER);
        households.forEach(h -> csv.append(h.name()).append(',').append(h.idNumber()).append(',')
                .append(h.category()).append(',').append(h.amount()).append(",2026-11-20,“一卡通”代发\n"));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}

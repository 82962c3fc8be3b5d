package org.gongkai.housing;

import org.gongkai.core.testing.MovableClock;
import org.gongkai.core.testing.NoticeApi;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.gongkai.core.privacy.IdNumbers;
import org.gongkai.core.testing.Tokens;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The housing service's HTTP API as the tests drive it: the bureau, the street offices, drafts of each type. */
final class HousingApi extends NoticeApi {

    static final String EDITOR = Tokens.mint("clerk-liu", "刘佳", "housing", "230202", "editor");
    static final String REVIEWER = Tokens.mint("reviewer-gao", "高静", "housing", "230202", "reviewer");
    /** 五龙街道办事处: its token region is the street's 9-digit prefix. */
    static final String WULONG_OFFICE = Tokens.mint("wulong-zhang", "张丽", "housing", "230202001", "roster_uploader");
    /** 湖滨街道办事处, the neighbouring street. */
    static final String HUBIN_OFFICE = Tokens.mint("hubin-ma", "马军", "housing", "230202002", "roster_uploader");

    static final String WULONG = "230202001000";
    static final String HUBIN = "230202002000";
    static final String BATCH = "2026年第二批公共租赁住房实物配租";

    static final String LI = IdNumbers.withCheckDigit("23020219800108123");
    static final String WANG = IdNumbers.withCheckDigit("23020219751203002");

    static final String ELIGIBLE_HEADER = "户主姓名,身份证号,家庭人口,所在社区,保障类别,联系电话,备注\n";
    static final String LOTTERY_HEADER = "抽签顺序号,户主姓名,身份证号,家庭人口,配租房源,建筑面积（平方米）,联系电话\n";
    static final String SUBSIDY_HEADER = "户主姓名,身份证号,家庭人口,所在社区,申请受理日期,月补贴金额（元）,联系电话\n";


    HousingApi(WebTestClient web) {
        super(web, "housing", EDITOR, REVIEWER);
    }

    /** Drafts, has the street office upload the roster, and publishes. */
    String publishedWithRoster(Map<String, Object> draft, String officeToken, byte[] csv) {
        String id = create(draft);
        upload(officeToken, id, csv).expectStatus().isCreated();
        publish(id);
        return id;
    }

    /**
     * 五龙街道's eligible-family list for {@code batch}, published on {@code day} (its 7 days then run), with the
     * clock put back where it was: a lottery result needs its list to have finished publicity first.
     */
    String eligibleListPublishedOn(MovableClock clock, String batch, LocalDate day) {
        Instant now = clock.instant();
        clock.set(day, LocalTime.of(10, 0));
        String id = publishedWithRoster(eligibleList(WULONG, "五龙街道", batch), WULONG_OFFICE, eligibleCsv());
        clock.set(now);
        return id;
    }

    WebTestClient.ResponseSpec publicRoster(String id) {
        return web.get().uri(path("/public/notices/{id}/roster"), id).exchange();
    }

    WebTestClient.ResponseSpec upload(String token, String id, byte[] csv) {
        return uploadRoster(token, id, "名单.csv", csv);
    }

    /** HOUSING-01 for a street and batch. */
    static Map<String, Object> eligibleList(String region, String street, String batch) {
        return Map.of("catalogRow", "HOUSING-01", "title", street + batch + "抽签家庭名单公示",
                "body", "<p>现将符合参加实物配租抽签条件的家庭名单予以公示，公示期7日。</p>",
                "payload", Map.of("batch", batch, "street", street, "housingProject", "龙华小区公共租赁住房", "units", 8,
                        "objectionContact", street + "办事处住房保障窗口，电话0452-2410101"),
                "region", region, "audience", "PUBLIC", "disclosure", "PROACTIVE",
                "informationFormedOn", "2026-10-30");
    }

    /** HOUSING-02 for 五龙街道, drawn and notarized on {@code day}. */
    static Map<String, Object> lotteryResult(String day) {
        return Map.of("catalogRow", "HOUSING-02", "title", "五龙街道" + BATCH + "抽签结果公示",
                "body", "<p>抽签经公证处现场公证，现将抽签结果予以公示，公示期7日。</p>",
                "payload", Map.of("batch", BATCH, "street", "五龙街道", "housingProject", "龙华小区公共租赁住房",
                        "drawnAt", day + "T09:30:00", "drawPlace", "五龙街道办事处三楼会议室",
                        "notaryOffice", "黑龙江省齐齐哈尔市龙沙公证处", "notaryCertificateNumber", "（2026）黑齐龙证字第1268号",
                        "notarizedOn", day, "witnesses", List.of("区住房和城乡建设局 孙立新", "居民代表 陈淑珍")),
                "region", WULONG, "audience", "PUBLIC", "disclosure", "PROACTIVE",
                "informationFormedOn", day);
    }

    /** HOUSING-03 for 湖滨街道, applications received by {@code receivedBy}, reviewed on 2026-11-03. */
    static Map<String, Object> subsidyList(String receivedBy) {
        return Map.of("catalogRow", "HOUSING-03", "title", "湖滨街道2026年第四季度住房租赁补贴家庭名单公示",
                "body", "<p>现将符合住房租赁补贴条件的家庭名单予以公示，公示期15日。</p>",
                "payload", Map.of("batch", "2026年第四季度住房租赁补贴", "street", "湖滨街道",
                        "applicationsReceivedBy", receivedBy, "subsidyStandard", "保障面积人均15平方米，每平方米每月8元",
                        "objectionContact", "区住房保障股，电话0452-2419876"),
                "region", HUBIN, "audience", "PUBLIC", "disclosure", "PROACTIVE",
                "informationFormedOn", "2026-11-03");
    }

    static byte[] eligibleCsv() {
        return utf8(ELIGIBLE_HEADER + "李小明," + LI + ",3,龙华社区,低保家庭,18012341999,\n"
                + "欧阳娜娜," + WANG + ",2,永安社区,低收入家庭,,残疾人家庭\n");
    }

    static byte[] lotteryCsv() {
        return utf8(LOTTERY_HEADER + "1,李小明," + LI + ",3,龙华小区2号楼1单元501室,49.60,18012341999\n"
                + "2,欧阳娜娜," + WANG + ",2,龙华小区2号楼2单元302室,39.80,\n");
    }

    static byte[] subsidyCsv() {
        return utf8(SUBSIDY_HEADER + "李小明," + LI + ",3,湖滨社区,2026-10-20,360.00,18012341999\n"
                + "欧阳娜娜," + WANG + ",2,劳动湖社区,2026-10-22,240,\n");
    }

    private static byte[] utf8(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }
}

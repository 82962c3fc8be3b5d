package org.gongkai.housing.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.core.demo.DemoScript;
import org.gongkai.core.demo.DemoStory;
import org.gongkai.core.demo.FictionalPeople;
import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.NoticeDraft;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The housing story of the demo district (龙沙区, 230202): the second 2026 batch of public rental housing, from the
 * two streets' eligible-family lists to 五龙街道's notarized draw (湖滨街道's result still in review), a rental
 * subsidy list in publicity, and the third batch's list in publicity with an objection. People are fictional.
 */
@Component
class HousingDemoData implements DemoStory {

    static final String WULONG = "230202001000";
    static final String HUBIN = "230202002000";
    static final String ZHENGYANG = "230202004000";
    static final String SECOND_BATCH = "2026年第二批公共租赁住房实物配租";
    static final String THIRD_BATCH = "2026年第三批公共租赁住房实物配租";
    static final String PROJECT = "龙华小区公共租赁住房（龙沙区龙华路与建华路交口）";
    static final String NOTARY = "黑龙江省齐齐哈尔市龙沙公证处";

    @Override
    public Mono<Void> tell(DemoScript script) {
        Households wulong = Households.of(2601, 12, List.of("龙华社区", "永安社区", "五龙社区"));
        Households hubin = Households.of(2602, 10, List.of("湖滨社区", "劳动湖社区"));
        Households zhengyang = Households.of(2603, 9, List.of("正阳社区", "建华社区"));
        Households subsidy = Households.of(2604, 8, List.of("湖滨社区", "劳动湖社区"));
        return script.published(eligible(WULONG, "五龙街道", 8, LocalDate.of(2026, 10, 9)), LocalDate.of(2026, 10, 12),
                        wulong.eligibleCsv())
                .flatMap(n -> script.concluded(n, LocalDate.of(2026, 10, 19)))
                .then(script.published(eligible(HUBIN, "湖滨街道", 6, LocalDate.of(2026, 10, 9)),
                        LocalDate.of(2026, 10, 13), hubin.eligibleCsv()))
                .flatMap(n -> script.concluded(n, LocalDate.of(2026, 10, 20)))
                .then(script.published(wulongResult(), LocalDate.of(2026, 10, 28), wulong.lotteryCsv(8, 2)))
                .then(script.inReview(hubinResult(), LocalDate.of(2026, 11, 20), hubin.lotteryCsv(6, 3)))
                .then(script.published(subsidyList(), LocalDate.of(2026, 11, 18), subsidy.subsidyCsv()))
                .then(script.published(thirdBatch(), LocalDate.of(2026, 11, 19), zhengyang.eligibleCsv()))
                .flatMap(list -> script.objection(list, LocalDate.of(2026, 11, 21), "何建华", "13845216677",
                        "名单第5户家庭在建华社区另有一套住房，不符合实物配租条件，请核实。", false))
                .then();
    }

    private static NoticeDraft draft(String row, String region, String title, String body,
            Map<String, Object> payload, LocalDate formed) {
        return new NoticeDraft(row, title, body, payload, region, "PUBLIC", Disclosure.PROACTIVE, null, formed, null,
                null);
    }

    private static NoticeDraft eligible(String region, String street, int units, LocalDate formed) {
        return draft("HOUSING-01", region, street + SECOND_BATCH + "抽签家庭名单公示",
                "<p>根据区住房和城乡建设局下达的" + SECOND_BATCH + "房源计划，经社区初审、街道审核，现将符合参加实物配租抽签条件的家庭名单予以公示，公示期7日。</p>"
                        + "<p>对公示名单有异议的，请在公示期内以书面形式向街道住房保障窗口反映，或在本网站“我要提异议”提交。</p>",
                Map.of("batch", SECOND_BATCH, "street", street, "housingProject", PROJECT, "units", units,
                        "drawArrangements", "公示无异议后，定于2026年10月下旬在" + street + "办事处组织公开抽签，公证处现场公证",
                        "objectionContact", street + "办事处住房保障窗口，电话0452-2410" + (street.startsWith("五") ? "101" : "202")),
                formed);
    }

    private static NoticeDraft wulongResult() {
        return draft("HOUSING-02", WULONG, "五龙街道" + SECOND_BATCH + "抽签结果公示",
                "<p>" + SECOND_BATCH + "五龙街道抽签于2026年10月27日在五龙街道办事处三楼会议室公开进行，" + NOTARY
                        + "现场公证，区住建局、街道纪工委和居民代表现场监督。现将抽签结果予以公示，公示期7日。</p>",
                Map.of("batch", SECOND_BATCH, "street", "五龙街道", "housingProject", PROJECT,
                        "drawnAt", "2026-10-27T09:30:00", "drawPlace", "五龙街道办事处三楼会议室", "notaryOffice", NOTARY,
                        "notaryCertificateNumber", "（2026）黑齐龙证字第1268号", "notarizedOn", "2026-10-27",
                        "witnesses", List.of("区住房和城乡建设局住房保障股 孙立新", "五龙街道纪工委 周国庆", "居民代表 陈淑珍")),
                LocalDate.of(2026, 10, 27));
    }

    private static NoticeDraft hubinResult() {
        return draft("HOUSING-02", HUBIN, "湖滨街道" + SECOND_BATCH + "抽签结果公示",
                "<p>" + SECOND_BATCH + "湖滨街道抽签于2026年11月20日在湖滨街道便民服务中心公开进行，" + NOTARY
                        + "现场公证。现将抽签结果予以公示，公示期7日。</p>",
                Map.of("batch", SECOND_BATCH, "street", "湖滨街道", "housingProject", PROJECT,
                        "drawnAt", "2026-11-20T14:00:00", "drawPlace", "湖滨街道便民服务中心一楼大厅", "notaryOffice", NOTARY,
                        "notaryCertificateNumber", "（2026）黑齐龙证字第1391号", "notarizedOn", "2026-11-20",
                        "witnesses", List.of("区住房和城乡建设局住房保障股 孙立新", "湖滨街道纪工委 马德胜", "居民代表 吴秀兰")),
                LocalDate.of(2026, 11, 20));
    }

    private static NoticeDraft subsidyList() {
        return draft("HOUSING-03", HUBIN, "湖滨街道2026年第四季度住房租赁补贴家庭名单公示",
                "<p>经社区审查、街道审核、区住房保障部门复审，现将符合住房租赁补贴条件的家庭名单予以公示，公示期15日。</p>",
                Map.of("batch", "2026年第四季度住房租赁补贴", "street", "湖滨街道", "applicationsReceivedBy", "2026-11-06",
                        "subsidyStandard", "按保障面积人均15平方米、每平方米每月8元计发，按季度发放",
                        "objectionContact", "区住房和城乡建设局住房保障股，电话0452-2419876"),
                LocalDate.of(2026, 11, 17));
    }

    private static NoticeDraft thirdBatch() {
        return draft("HOUSING-01", ZHENGYANG, "正阳街道" + THIRD_BATCH + "抽签家庭名单公示",
                "<p>现将正阳街道符合" + THIRD_BATCH + "抽签条件的家庭名单予以公示，公示期7日。</p>",
                Map.of("batch", THIRD_BATCH, "street", "正阳街道", "housingProject", "正阳小区公共租赁住房（正阳街东段）",
                        "units", 5, "objectionContact", "正阳街道办事处住房保障窗口，电话0452-2410404"),
                LocalDate.of(2026, 11, 17));
    }

    /** Fictional households of one street, the same people across that street's list and its draw. */
    record Households(List<FictionalPeople.Person> people, List<String> communities) {

        static Households of(long seed, int count, List<String> communities) {
            FictionalPeople generator = new FictionalPeople(seed, "230202");
            return new Households(java.util.stream.Stream.generate(generator::next).limit(count).toList(), communities);
        }

        byte[] eligibleCsv() {
            StringBuilder csv = new StringBuilder("户主姓名,身份证号,家庭人口,所在社区,保障类别,联系电话,备注\n");
            String[] categories = {"低保家庭", "低收入家庭", "中等偏下收入家庭", "新就业无房职工"};
            for (int i = 0; i < people.size(); i++) {
                FictionalPeople.Person p = people.get(i);
                csv.append(p.name()).append(',').append(p.idNumber()).append(',').append(1 + i % 4).append(',')
                        .append(communities.get(i % communities.size())).append(',').append(categories[i % 4])
                        .append(',').append(p.mobile()).append(',').append(i % 5 == 2 ? "优先配租（残疾人家庭）" : "")
                        .append('\n');
            }
            return utf8(csv);
        }

        /** Draw numbers for {@code units} of the households, picked in a fixed order, with the unit each drew. */
        byte[] lotteryCsv(int units, int building) {
            StringBuilder csv = new StringBuilder("抽签顺序号,户主姓名,身份证号,家庭人口,配租房源,建筑面积（平方米）,联系电话\n");
            for (int draw = 1; draw <= units; draw++) {
                int household = (draw * 7) % people.size();
                FictionalPeople.Person p = people.get(household);
                int size = 1 + household % 4;
                int floor = 1 + draw % 6;
                csv.append(draw).append(',').append(p.name()).append(',').append(p.idNumber()).append(',')
                        .append(size).append(",龙华小区").append(building).append("号楼").append(1 + draw % 2)
                        .append("单元").append(floor * 100 + 1 + draw % 2).append("室,")
                        .append(size > 2 ? "49.60" : "39.80").append(',').append(p.mobile()).append('\n');
            }
            return utf8(csv);
        }

        byte[] subsidyCsv() {
            StringBuilder csv = new StringBuilder("户主姓名,身份证号,家庭人口,所在社区,申请受理日期,月补贴金额（元）,联系电话\n");
            for (int i = 0; i < people.size(); i++) {
                FictionalPeople.Person p = people.get(i);
                int size = 1 + i % 4;
                csv.append(p.name()).append(',').append(p.idNumber()).append(',').append(size).append(',')
                        .append(communities.get(i % communities.size())).append(",2026-11-0").append(1 + i % 6)
                        .append(',').append(size * 15 * 8).append(".00,").append(p.mobile()).append('\n');
            }
            return utf8(csv);
        }

        private static byte[] utf8(StringBuilder csv) {
            return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}

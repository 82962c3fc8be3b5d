package org.gongkai.land.demo;

import java.nio.charset.StandardCharsets;
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
 * The land story of the demo district (龙沙区, 230202): one rural project from pre-announcement to compensation
 * details, with an objection running on its compensation plan, and one urban house expropriation. Fictional.
 */
@Component
class LandDemoData implements DemoStory {

    static final String COUNTY = "230202000000";
    static final String TOWN = "230202100000";
    static final String DAMIN = "230202100201";
    static final String PROJECT = "龙沙区2026年度第5批次城镇建设用地";

    @Override
    public Mono<Void> tell(DemoScript script) {
        return script.published(preAnnouncement(), LocalDate.of(2026, 7, 6), null)
                .flatMap(n -> script.concluded(n, LocalDate.of(2026, 7, 21)))
                .then(script.published(surveyResult(), LocalDate.of(2026, 8, 3), null))
                .then(script.published(approval(), LocalDate.of(2026, 9, 15), null))
                .then(script.published(announcement(), LocalDate.of(2026, 10, 12), null))
                .then(script.published(plan(), LocalDate.of(2026, 11, 16), null))
                .flatMap(plan -> script.objection(plan, LocalDate.of(2026, 11, 18), "王建国", "13904520000",
                        "第三村民小组的青苗补偿标准低于市里公布的标准，请核实。", true))
                .then(script.published(details(), LocalDate.of(2026, 11, 20), rosterCsv()))
                .then(script.published(consultation(), LocalDate.of(2026, 9, 1), null))
                .then(script.published(decision(), LocalDate.of(2026, 10, 20), null))
                .then(script.inReview(nextPreAnnouncement(), LocalDate.of(2026, 11, 23), null))
                .then();
    }

    private static NoticeDraft draft(String row, String title, String body, Map<String, Object> payload,
            String audience, LocalDate formed) {
        return new NoticeDraft(row, title, body, payload, COUNTY, audience, Disclosure.PROACTIVE, null, formed, null,
                null);
    }

    private static NoticeDraft preAnnouncement() {
        return draft("LAND-01", "龙沙区人民政府征收土地预公告（2026年第5批次）",
                "<p>为了公共利益的需要，拟征收大民村、长青村集体土地，现将有关事项预公告如下。</p>"
                        + "<p>自本预公告发布之日起，任何单位和个人不得在拟征收范围内抢栽抢建；违反规定抢栽抢建的，对抢栽抢建部分不予补偿。</p>",
                Map.of("projectName", PROJECT, "purpose", "城市基础设施建设（学校及配套道路）",
                        "scope", "大民村第三、第四村民小组，长青村第一村民小组部分土地", "areaHectares", 12.3456,
                        "villages", List.of("大民村", "长青村"), "surveyArrangements", "2026年7月20日至8月5日开展土地现状调查",
                        "rushBuildingBan", "自预公告发布之日起，不得抢栽抢建"),
                TOWN, LocalDate.of(2026, 6, 29));
    }

    private static NoticeDraft surveyResult() {
        return draft("LAND-02", "征收土地现状调查结果确认公告（2026年第5批次）",
                "<p>土地现状调查已完成，调查结果已经村民小组确认，现予公告。</p>",
                Map.of("projectName", PROJECT, "villages", List.of("大民村", "长青村"), "surveyDate", "2026-08-05",
                        "findings", "调查确认征收范围内耕地10.1200公顷、林地1.5000公顷、宅基地0.7256公顷，地上附着物清单已逐户签字确认。"),
                TOWN, LocalDate.of(2026, 8, 3));
    }

    private static NoticeDraft approval() {
        return draft("LAND-05", "黑龙江省人民政府关于龙沙区2026年度第5批次城镇建设用地的批复",
                "<p>经审查，同意龙沙区2026年度第5批次城镇建设用地征收方案。</p>",
                Map.of("projectName", PROJECT, "approvalNumber", "黑政土批〔2026〕第127号", "approvalDate", "2026-09-10",
                        "approvalAuthority", "黑龙江省人民政府"),
                "PUBLIC", LocalDate.of(2026, 9, 10));
    }

    private static NoticeDraft announcement() {
        return draft("LAND-04", "龙沙区人民政府征收土地公告（2026年第5批次）",
                "<p>根据《黑龙江省人民政府关于龙沙区2026年度第5批次城镇建设用地的批复》，现将征收土地有关事项公告如下。</p>",
                Map.of("projectName", PROJECT, "approvalNumber", "黑政土批〔2026〕第127号", "approvalDate", "2026-09-10",
                        "approvalAuthority", "黑龙江省人民政府", "areaHectares", 12.3456, "landUse", "教育用地、城市道路用地",
                        "villages", List.of("大民村", "长青村"), "compensationStandards", "按《齐齐哈尔市征地区片综合地价标准》执行",
                        "resettlementMethod", "货币补偿与社会保障相结合",
                        "remedies", "对本公告不服的，可自公告之日起60日内向黑龙江省人民政府申请行政复议，或6个月内向人民法院提起行政诉讼。"),
                "PUBLIC", LocalDate.of(2026, 9, 10));
    }

    private static NoticeDraft plan() {
        return draft("LAND-03", "龙沙区征地补偿安置方案公告（2026年第5批次）",
                "<p>现将征地补偿安置方案予以公告，公告期30日。被征地农村集体经济组织成员认为方案不符合法律、法规规定的，可在公告期内提出意见。</p>",
                Map.ofEntries(Map.entry("projectName", PROJECT), Map.entry("villages", List.of("大民村", "长青村")),
                        Map.entry("areaHectares", 12.3456), Map.entry("landUse", "教育用地、城市道路用地"),
                        Map.entry("compensationStandards", "区片综合地价每亩4.2万元；青苗补偿每亩1200元"),
                        Map.entry("resettlementMethod", "货币安置"),
                        Map.entry("socialInsurance", "被征地农民社会保障费按每亩1.1万元足额预存"),
                        Map.entry("registrationMethod", "持不动产权属证明到大民村村民委员会办理补偿登记"),
                        Map.entry("registrationDeadline", "2026-12-15"),
                        Map.entry("objectionMethod", "书面意见送交区自然资源局征地科，或在本网站“我要提异议”提交"),
                        Map.entry("affectedMembers", 86)),
                TOWN, LocalDate.of(2026, 11, 10));
    }

    private static NoticeDraft details() {
        return draft("LAND-06", "大民村征地补偿明细公示（2026年第5批次）",
                "<p>现将大民村被征地农户补偿明细予以公示，公示期7日。对公示内容有异议的，请在公示期内提出。</p>",
                Map.of("projectName", PROJECT, "village", "大民村", "totalAmount", 537600),
                DAMIN, LocalDate.of(2026, 11, 18));
    }

    private static NoticeDraft consultation() {
        return draft("LAND-07", "正阳街棚户区改造项目房屋征收补偿方案征求意见公告",
                "<p>现将《正阳街棚户区改造项目房屋征收补偿方案（征求意见稿）》公布，征求公众意见，期限30日。</p>",
                Map.of("projectName", "正阳街棚户区改造项目", "scope", "正阳街以东、建华路以南、龙华路以西区域",
                        "compensationPlan", "可选择货币补偿或产权调换；评估时点为征收决定公告之日",
                        "commentMethod", "书面意见送交区房屋征收办公室"),
                "PUBLIC", LocalDate.of(2026, 8, 28));
    }

    private static NoticeDraft decision() {
        return draft("LAND-08", "龙沙区人民政府关于正阳街棚户区改造项目房屋征收决定的公告",
                "<p>为实施旧城区改建，区人民政府决定征收正阳街棚户区改造项目范围内的国有土地上房屋。</p>",
                Map.of("projectName", "正阳街棚户区改造项目", "decisionNumber", "龙政征决〔2026〕3号",
                        "scope", "正阳街以东、建华路以南、龙华路以西区域",
                        "compensationPlan", "详见附件《房屋征收补偿方案》",
                        "reviewRights", "被征收人对本决定不服的，可自公告之日起60日内向齐齐哈尔市人民政府申请行政复议",
                        "litigationRights", "也可自公告之日起6个月内向齐齐哈尔市铁锋区人民法院提起行政诉讼"),
                "PUBLIC", LocalDate.of(2026, 10, 16));
    }

    private static NoticeDraft nextPreAnnouncement() {
        return draft("LAND-01", "龙沙区人民政府征收土地预公告（2026年第6批次）",
                "<p>拟征收长青村集体土地用于污水处理厂扩建，现予预公告。自本预公告发布之日起，不得抢栽抢建。</p>",
                Map.of("projectName", "龙沙区2026年度第6批次城镇建设用地", "purpose", "污水处理厂扩建",
                        "scope", "长青村第二村民小组部分土地", "areaHectares", 3.2,
                        "villages", List.of("长青村"), "surveyArrangements", "2026年12月开展土地现状调查",
                        "rushBuildingBan", "自预公告发布之日起，不得抢栽抢建"),
                "230202100202", LocalDate.of(2026, 11, 20));
    }

    static byte[] rosterCsv() {
        FictionalPeople people = new FictionalPeople(2026, "230202");
        StringBuilder csv = new StringBuilder("户主姓名,身份证号,村民小组,地类,面积（亩）,补偿金额（元）,备注\n");
        String[] classes = {"水田", "旱地", "旱地", "林地"};
        for (int i = 0; i < 12; i++) {
            FictionalPeople.Person p = people.next();
            double mu = 1.2 + (i % 5) * 0.8;
            csv.append(p.name()).append(',').append(p.idNumber()).append(",第").append(3 + i % 2).append("村民小组,")
                    .append(classes[i % 4]).append(',').append(String.format("%.2f", mu)).append(',')
                    .append(String.format("%.2f", mu * 42000)).append(",\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}

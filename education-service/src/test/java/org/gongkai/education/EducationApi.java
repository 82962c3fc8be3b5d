package org.gongkai.education;

import org.gongkai.core.testing.NoticeApi;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gongkai.core.testing.Tokens;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The education service's HTTP API as the tests drive it: department calls with tokens, drafts of each type. */
final class EducationApi extends NoticeApi {

    static final String EDITOR = Tokens.mint("clerk-liu", "刘静", "education", "230202", "editor");
    static final String REVIEWER = Tokens.mint("reviewer-gao", "高磊", "education", "230202", "reviewer");
    static final String COUNTY = "230202000000";
    static final String ZHENGYANG = "230202004000";
    static final String DAMIN_TOWN = "230202100000";


    EducationApi(WebTestClient web) {
        super(web, "education", EDITOR, REVIEWER);
    }

    WebTestClient.ResponseSpec lookup(String query) {
        return web.get().uri(b -> b.path("/api/education/public/school-districts/lookup").queryParam("q", "{q}")
                .build(query)).exchange();
    }

    String get(String uri) {
        return web.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, Object> zone(String school, String stage, List<String> communities, List<String> addresses) {
        return Map.of("school", school, "stage", stage, "communities", communities, "addresses", addresses);
    }

    /** EDU-01 for the given year and zones; no publicity period. */
    static Map<String, Object> schoolDistrict(String title, int year, List<Map<String, Object>> zones) {
        return Map.of("catalogRow", "EDU-01", "title", title,
                "body", "<p>现将学区划分公告如下。</p>",
                "payload", Map.of("schoolYear", year, "schools", zones),
                "region", COUNTY, "audience", "PUBLIC", "disclosure", "PROACTIVE",
                "informationFormedOn", "2026-04-20");
    }

    /** EDU-02, registration in June 2026. */
    static Map<String, Object> enrollmentPolicy(String title) {
        return Map.of("catalogRow", "EDU-02", "title", title,
                "body", "<p>现将招生入学政策公布如下。</p>",
                "payload", Map.ofEntries(Map.entry("schoolYear", 2026), Map.entry("stages", List.of("PRIMARY")),
                        Map.entry("enrollmentTargets", "学区内适龄儿童"), Map.entry("ageRequirement", "2026年8月31日前年满6周岁"),
                        Map.entry("requiredDocuments", List.of("户口簿", "房屋产权证明")),
                        Map.entry("registrationStart", "2026-06-01"), Map.entry("registrationEnd", "2026-06-10"),
                        Map.entry("registrationMethod", "网上报名"), Map.entry("admissionMethod", "免试就近入学"),
                        Map.entry("consultation", "区教育局基础教育科")),
                "region", COUNTY, "audience", "PUBLIC", "disclosure", "PROACTIVE",
                "informationFormedOn", "2026-05-06");
    }

    static Map<String, Object> classDraw(String className, String headTeacher, String teacher, String group) {
        return Map.of("className", className, "headTeacher", headTeacher, "teachers", List.of(teacher),
                "drawnGroup", group);
    }

    static Map<String, Object> witness(String name, String role) {
        return Map.of("name", name, "role", role);
    }

    /** EDU-03 at 正阳小学, two classes, drawn on {@code drawDate} before two witnesses. */
    static Map<String, Object> placement(String title, String drawDate) {
        return Map.of("catalogRow", "EDU-03", "title", title,
                "body", "<p>阳光分班抽签结果现场公布，学生名单在校内张贴公示。</p>",
                "payload", Map.of("school", "龙沙区正阳小学", "grade", "2026级一年级", "drawDate", drawDate,
                        "drawPlace", "学校多功能厅", "method", "按性别均衡编组，班主任抽签确定所带自然组",
                        "classes", List.of(classDraw("一年一班", "王桂英", "李春梅", "第二自然组"),
                                classDraw("一年二班", "赵德胜", "陈晓东", "第一自然组")),
                        "witnesses", List.of(witness("周立新", "区教育局纪检监督员"), witness("林海燕", "家长代表"))),
                "region", ZHENGYANG, "audience", ZHENGYANG, "disclosure", "PROACTIVE",
                "informationFormedOn", drawDate);
    }

    /** EDU-04 at 大民村镇中心学校: seven working days, needs a BOARDING_SUBSIDY roster. */
    static Map<String, Object> boardingSubsidy(String title, int students, double total) {
        return Map.of("catalogRow", "EDU-04", "title", title,
                "body", "<p>现将家庭经济困难寄宿生生活补助名单予以公示，公示期七个工作日。</p>",
                "payload", Map.of("school", "大民村镇中心学校", "term", "2026年秋季学期",
                        "eligibilityCriteria", "在校寄宿且家庭经济困难", "subsidyStandard", "小学每生每年1000元、初中每生每年1250元",
                        "studentCount", students, "totalAmount", total,
                        "objectionContact", "向学校资助办公室反映"),
                "region", DAMIN_TOWN, "audience", DAMIN_TOWN, "disclosure", "PROACTIVE",
                "informationFormedOn", "2026-09-18");
    }
}

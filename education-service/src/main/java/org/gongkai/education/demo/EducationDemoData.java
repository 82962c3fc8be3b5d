package org.gongkai.education.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.core.demo.DemoScript;
import org.gongkai.core.demo.DemoStory;
import org.gongkai.core.demo.FictionalPeople;
import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.NoticeDraft;
import org.gongkai.core.privacy.IdNumbers;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The education story of the demo district (龙沙区, 230202): the 2026 school district map, the enrollment policy
 * that follows it, a witnessed placement draw at 正阳小学 and a boarding-subsidy list at the rural 大民村镇中心学校
 * in its seven working days of publicity. Schools are illustrative; students and teachers are fictional. The
 * student lists come as the student registry exports them, ID numbers and addresses included: the catalogue's
 * masking keeps those sealed.
 */
@Component
class EducationDemoData implements DemoStory {

    static final String COUNTY = "230202000000";
    static final String ZHENGYANG = "230202004000";
    static final String DAMIN_TOWN = "230202100000";
    static final String ZHENGYANG_PRIMARY = "龙沙区正阳小学";
    static final String DAMIN_SCHOOL = "大民村镇中心学校";

    @Override
    public Mono<Void> tell(DemoScript script) {
        return script.published(schoolDistricts(), LocalDate.of(2026, 4, 27), null)
                .then(script.published(enrollmentPolicy(), LocalDate.of(2026, 5, 11), null))
                .then(script.published(placement(), LocalDate.of(2026, 8, 28), placementCsv()))
                .then(script.published(boardingSubsidy(), LocalDate.of(2026, 11, 23), subsidyCsv()))
                .then();
    }

    private static NoticeDraft draft(String row, String title, String body, Map<String, Object> payload,
            String region, String audience, LocalDate formed) {
        return new NoticeDraft(row, title, body, payload, region, audience, Disclosure.PROACTIVE, null, formed, null,
                null);
    }

    static NoticeDraft schoolDistricts() {
        return draft("EDU-01", "龙沙区2026年义务教育阶段公办学校学区划分公告",
                "<p>根据《中华人民共和国义务教育法》关于免试就近入学的规定，现将2026年我区义务教育阶段公办学校学区划分公告如下。"
                        + "适龄儿童、少年按户籍及实际居住地对应学区入学。可在本网站按小区名称或门牌地址查询所属学校。</p>",
                Map.of("schoolYear", 2026,
                        "consultation", "区教育局基础教育科（工作日8:30—16:30，区政务服务中心教育窗口现场咨询）",
                        "schools", List.of(
                                zone("龙沙区正阳小学", "PRIMARY", "龙沙区正阳街88号", List.of("正阳社区", "龙华社区"),
                                        List.of("龙华路1-199号", "正阳街")),
                                zone("龙沙区彩虹小学", "PRIMARY", "龙沙区彩虹路20号", List.of("彩虹社区", "明月社区"),
                                        List.of("龙华路200-398号", "彩虹路")),
                                zone("龙沙区湖滨小学", "PRIMARY", "龙沙区湖滨路15号", List.of("湖滨社区", "劳动湖社区"),
                                        List.of("湖滨路单号1-99号")),
                                zone("龙沙区江安小学", "PRIMARY", "龙沙区江安路6号", List.of("江安社区", "新江社区"),
                                        List.of("湖滨路双号2-100号", "江安路")),
                                zone(DAMIN_SCHOOL, "PRIMARY", "大民村镇大民村", List.of("大民村", "长青村"), List.of()),
                                zone("龙沙区第一中学", "JUNIOR", "龙沙区龙华路120号",
                                        List.of("正阳社区", "龙华社区", "彩虹社区", "明月社区"),
                                        List.of("龙华路", "正阳街", "彩虹路")),
                                zone("龙沙区第二中学", "JUNIOR", "龙沙区江安路50号",
                                        List.of("湖滨社区", "劳动湖社区", "江安社区", "新江社区"),
                                        List.of("湖滨路", "江安路")),
                                zone(DAMIN_SCHOOL, "JUNIOR", "大民村镇大民村", List.of("大民村", "长青村"), List.of()))),
                COUNTY, "PUBLIC", LocalDate.of(2026, 4, 20));
    }

    private static Map<String, Object> zone(String school, String stage, String address, List<String> communities,
            List<String> addresses) {
        return Map.of("school", school, "stage", stage, "schoolAddress", address, "communities", communities,
                "addresses", addresses);
    }

    static NoticeDraft enrollmentPolicy() {
        return draft("EDU-02", "龙沙区2026年义务教育阶段学校招生入学工作实施方案",
                "<p>为做好2026年义务教育阶段学校招生入学工作，保障适龄儿童、少年依法接受义务教育，现将招生入学政策公布如下。</p>",
                Map.ofEntries(Map.entry("schoolYear", 2026), Map.entry("stages", List.of("PRIMARY", "JUNIOR")),
                        Map.entry("enrollmentTargets", "户籍或实际居住地在我区学区范围内的适龄儿童、少年；随迁子女凭居住证在居住地学区入学"),
                        Map.entry("ageRequirement", "小学一年级：2026年8月31日前年满6周岁；初中一年级：2026年小学毕业生"),
                        Map.entry("requiredDocuments", List.of("户口簿", "房屋产权证明或居住证明", "儿童预防接种证")),
                        Map.entry("registrationStart", "2026-06-01"), Map.entry("registrationEnd", "2026-06-10"),
                        Map.entry("registrationMethod", "通过“龙沙教育”微信公众号网上报名，不会网上操作的可到学区学校现场报名"),
                        Map.entry("admissionMethod", "免试就近入学；学区内报名人数超过学位数的，按户籍与房产一致、户籍、居住年限的顺序录取，剩余学生由区教育局统筹安排"),
                        Map.entry("consultation", "各学区学校招生办公室及区教育局基础教育科（工作日8:30—16:30）")),
                COUNTY, "PUBLIC", LocalDate.of(2026, 5, 6));
    }

    static NoticeDraft placement() {
        FictionalPeople teachers = new FictionalPeople(2027, "230202");
        List<Map<String, Object>> classes = new java.util.ArrayList<>();
        String[] names = {"一年一班", "一年二班", "一年三班", "一年四班"};
        String[] groups = {"第三自然组", "第一自然组", "第四自然组", "第二自然组"};
        for (int i = 0; i < names.length; i++) {
            classes.add(Map.of("className", names[i], "headTeacher", teachers.next().name(),
                    "teachers", List.of(teachers.next().name(), teachers.next().name()), "drawnGroup", groups[i]));
        }
        return draft("EDU-03", "龙沙区正阳小学2026级一年级阳光分班结果公告",
                "<p>2026年8月28日，我校在多功能厅召开一年级“阳光分班”现场会，在纪检监督员、行风监督员、区教育局工作人员和家长代表的共同监督下，"
                        + "由各班主任抽签确定所带学生自然组。抽签结果已现场公布，学生名单在校内宣传栏张贴公示。</p>",
                Map.of("school", ZHENGYANG_PRIMARY, "grade", "2026级一年级", "drawDate", "2026-08-28",
                        "drawPlace", "龙沙区正阳小学多功能厅",
                        "method", "新生按性别、出生月份均衡编为四个自然组，由四位班主任依次抽签确定所带自然组；任课教师随班主任组合，当场公布结果",
                        "classes", classes,
                        "witnesses", List.of(Map.of("name", "周立新", "role", "区教育局纪检监督员"),
                                Map.of("name", "马淑珍", "role", "行风监督员"),
                                Map.of("name", "孙晓东", "role", "区教育局基础教育科工作人员"),
                                Map.of("name", "林海燕", "role", "家长代表"),
                                Map.of("name", "郭建华", "role", "家长代表"))),
                ZHENGYANG, ZHENGYANG, LocalDate.of(2026, 8, 28));
    }

    static byte[] placementCsv() {
        FictionalPeople people = new FictionalPeople(2028, "230202");
        StringBuilder csv = new StringBuilder("学生姓名,性别,年级,班级,出生日期\n");
        String[] classes = {"一年一班", "一年二班", "一年三班", "一年四班"};
        for (int i = 0; i < 24; i++) {
            LocalDate born = LocalDate.of(2019, 9, 3).plusDays(i * 14L);
            csv.append(people.next().name()).append(',').append(i % 2 == 0 ? "男" : "女").append(",一年级,")
                    .append(classes[i % 4]).append(',').append(born).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static NoticeDraft boardingSubsidy() {
        return draft("EDU-04", "大民村镇中心学校2026年秋季学期家庭经济困难寄宿生生活补助名单公示",
                "<p>经学生本人申请、班级评议、学校认定，现将我校2026年秋季学期家庭经济困难寄宿生生活补助名单予以公示，公示期为七个工作日。"
                        + "对名单有异议的，请在公示期内反映。</p>",
                Map.of("school", DAMIN_SCHOOL, "term", "2026年秋季学期",
                        "eligibilityCriteria", "在校寄宿且家庭经济困难的学生，优先保障低保家庭、特困供养、脱贫家庭及防止返贫监测对象和残疾学生，经本人申请、班级评议、学校认定",
                        "subsidyStandard", "小学每生每年1000元、初中每生每年1250元，按学期发放（本学期小学每生500元、初中每生625元）",
                        "studentCount", SUBSIDY_STUDENTS, "totalAmount", subsidyTotal().doubleValue(),
                        "objectionContact", "请于公示期内向学校资助办公室或区教育局学生资助管理中心书面反映，也可在本网站“我要提异议”提交"),
                DAMIN_TOWN, DAMIN_TOWN, LocalDate.of(2026, 11, 16));
    }

    static final int SUBSIDY_STUDENTS = 12;
    private static final String[] GRADES = {"四年级", "五年级", "六年级", "七年级", "八年级", "九年级"};

    private static boolean junior(int i) {
        return i % GRADES.length >= 3;
    }

    static BigDecimal subsidyTotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < SUBSIDY_STUDENTS; i++) {
            total = total.add(junior(i) ? new BigDecimal("625") : new BigDecimal("500"));
        }
        return total;
    }

    /** As the student registry exports it: with ID number, address and guardian phone, all sealed on upload. */
    static byte[] subsidyCsv() {
        FictionalPeople people = new FictionalPeople(2029, "230202");
        StringBuilder csv = new StringBuilder("学生姓名,年级,班级,补助标准,补助金额（元）,身份证号,家庭住址,联系电话\n");
        String[] villages = {"大民村", "长青村"};
        for (int i = 0; i < SUBSIDY_STUDENTS; i++) {
            FictionalPeople.Person person = people.next();
            int grade = i % GRADES.length;
            LocalDate born = LocalDate.of(2016 - grade, 3, 1).plusDays(i * 17L);
            String id = IdNumbers.withCheckDigit("230202" + born.toString().replace("-", "") + String.format("%03d", 300 + i));
            csv.append(person.name()).append(',').append(GRADES[grade]).append(',')
                    .append(GRADES[grade], 0, 1).append("年").append(1 + i % 2).append("班,")
                    .append(junior(i) ? "初中每生每年1250元" : "小学每生每年1000元").append(',')
                    .append(junior(i) ? "625.00" : "500.00").append(',').append(id).append(",大民村镇")
                    .append(villages[i % 2]).append(i % 5 + 1).append("组").append(10 + i).append("号,")
                    .append(person.mobile()).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}

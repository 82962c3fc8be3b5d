package org.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * The real config server, education service and gateway as separate processes: a parent asks which school serves
 * an address of the demo district map; a school's boarding-subsidy list, uploaded as the student registry exports
 * it (ID numbers, addresses, phones), is published and reaches the portal with none of those shown; with
 * education killed the portal feed still answers, naming it unavailable.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EducationThroughGatewayTest {

    static final String EDITOR = Tokens.mint("clerk-liu", "刘静", "education", "230202", "editor");
    static final String REVIEWER = Tokens.mint("reviewer-gao", "高磊", "education", "230202", "reviewer");
    /** Fictional pupils, with valid GB 11643 check digits. */
    static final String PUPIL_ONE = "230202201503150121";
    static final String PUPIL_TWO = "230202201309210231";
    static final String TODAY = TestDate.today().toString();

    @RegisterExtension
    static final SuiteExtension suite = SuiteExtension.today("education", "procurement").needing("education");
    static final Notices education = suite.notices("education", EDITOR, REVIEWER);

    static String listId;

    @Test
    @Order(1)
    void anyoneCanAskWhichSchoolServesAnAddressOfTheDemoDistrictMap() throws Exception {
        HttpResponse<String> found = awaitLookup("龙沙区龙华路88号");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(found.body(), "$.matches[*].school"))
                .containsExactly("龙沙区正阳小学", "龙沙区第一中学");

        HttpResponse<String> missing = lookup("卜奎大街5号");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat((String) JsonPath.read(missing.body(), "$.detail")).contains("卜奎大街5号").contains("区教育局");
    }

    @Test
    @Order(2)
    void aSubsidyListUploadedWithRegistryColumnsReachesThePortalWithoutThem() throws Exception {
        listId = education.create(subsidyList());

        String csv = "学生姓名,年级,班级,补助标准,补助金额（元）,身份证号,家庭住址,联系电话\n"
                + "赵雨桐,五年级,五年1班,小学每生每年1000元,500," + PUPIL_ONE + ",大民村镇大民村二组8号,13904561234\n"
                + "钱浩然,七年级,七年2班,初中每生每年1250元,625," + PUPIL_TWO + ",大民村镇长青村四组3号,15845670000\n";
        HttpResponse<String> uploaded = education.uploadCsv(listId, EDITOR, csv);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);

        HttpResponse<String> published = education.reviewedAndPublished(listId);
        assertThat((Integer) JsonPath.read(published.body(), "$.period.rule.length")).isEqualTo(7);
        assertThat((String) JsonPath.read(published.body(), "$.period.rule.unit")).isEqualTo("WORKING");

        HttpResponse<String> feed = education.inPortalFeed(listId);

        HttpResponse<String> roster = suite.send("GET", "/api/education/public/notices/" + listId + "/roster", null, null);
        HttpResponse<String> detail = suite.send("GET", "/api/portal/notices/" + listId, null, null);
        assertThat(roster.statusCode()).isEqualTo(200);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(roster.body(), "$.rows[*].studentName"))
                .containsExactly("赵*桐", "钱*然");
        for (String publicText : List.of(roster.body(), detail.body(), feed.body())) {
            assertThat(publicText).doesNotContain(PUPIL_ONE).doesNotContain(PUPIL_TWO)
                    .doesNotContain("二组8号").doesNotContain("四组3号")
                    .doesNotContain("13904561234").doesNotContain("15845670000");
        }
    }

    @Test
    @Order(3)
    void withTheEducationServiceDownThePortalFeedStillAnswersAndWritesGetAProblem() throws Exception {
        education.killedWhilePortalAnswers(subsidyList());
        assertThat(lookup("龙华路88号").statusCode()).isEqualTo(503);
    }

    static String subsidyList() {
        return """
                {"catalogRow":"EDU-04","title":"大民村镇中心学校家庭经济困难寄宿生生活补助名单公示（端到端测试）",
                 "body":"<p>现将家庭经济困难寄宿生生活补助名单予以公示，公示期七个工作日。</p>",
                 "payload":{"school":"大民村镇中心学校","term":"2026年秋季学期","eligibilityCriteria":"在校寄宿且家庭经济困难",
                   "subsidyStandard":"小学每生每年1000元、初中每生每年1250元","studentCount":2,"totalAmount":1125,
                   "objectionContact":"向学校资助办公室反映"},
                 "region":"230202100000","audience":"230202100000","disclosure":"PROACTIVE",
                 "informationFormedOn":"%s"}
                """.formatted(TODAY);
    }

    /** The demo is seeded just after start-up; give it a few seconds to land. */
    static HttpResponse<String> awaitLookup(String address) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> answer = lookup(address);
        while (answer.statusCode() == 404 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            answer = lookup(address);
        }
        return answer;
    }

    static HttpResponse<String> lookup(String address) throws Exception {
        return suite.send("GET", "/api/education/public/school-districts/lookup?q="
                + URLEncoder.encode(address, StandardCharsets.UTF_8), null, null);
    }


}

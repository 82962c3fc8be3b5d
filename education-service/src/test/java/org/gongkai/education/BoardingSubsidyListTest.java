package org.gongkai.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.education.EducationApi.EDITOR;
import static org.gongkai.education.EducationApi.REVIEWER;
import static org.gongkai.education.EducationApi.utf8;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.gongkai.core.privacy.IdNumbers;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** EDU-04: seven working days on the calendar, and a student list that never shows what the registry export holds. */
@SectorIntegrationTest
class BoardingSubsidyListTest extends SectorApiTest<EducationApi> {

    static final String HEADER = "学生姓名,年级,班级,补助标准,补助金额（元）\n";
    static final String EXPORT_HEADER = "学生姓名,年级,班级,补助标准,补助金额（元）,身份证号,出生日期,家庭住址,联系电话,银行账号\n";
    static final String ZHANG_ID = IdNumbers.withCheckDigit("23020220160312301");
    static final String LI_ID = IdNumbers.withCheckDigit("23020220130701302");
    static final String ZHANG_ADDRESS = "大民村镇大民村三组12号";
    static final String LI_ADDRESS = "大民村镇长青村一组5号";
    static final String ZHANG_PHONE = "13945678901";
    static final String LI_PHONE = "0452-2123456";
    static final String ZHANG_ACCOUNT = "6217000000001234567";


    BoardingSubsidyListTest() {
        super(EducationApi::new, LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
    }

    static byte[] twoStudents() {
        return utf8(HEADER + "张小红,四年级,四年1班,小学每生每年1000元,500.00\n"
                + "李明远,七年级,七年2班,初中每生每年1250元,625\n");
    }

    /**
     * Seven working days from Thursday 2026-09-24: 09-24 (1); 09-25..09-27 off (Mid-Autumn); 09-28, 09-29, 09-30
     * (2-4); 10-01..10-07 off (National Day); 10-08, 10-09 (5-6); Saturday 10-10 is a make-up working day (7).
     */
    @Test
    void aListPublishedBeforeMidAutumnAndNationalDayEndsOnTheMakeUpSaturdayOfTheSeventhWorkingDay() {
        clock.set(LocalDate.of(2026, 9, 24), LocalTime.of(9, 0));
        String id = api.create(EducationApi.boardingSubsidy("补助名单（跨国庆假期）", 2, 1125));
        api.uploadRoster(id, "名单.csv", twoStudents()).expectStatus().isCreated();
        api.review(id);
        api.tryPublish(id).expectStatus().isOk().expectBody()
                .jsonPath("$.period.start").isEqualTo("2026-09-24")
                .jsonPath("$.period.end").isEqualTo("2026-10-10");
        api.publicDetail(id).expectBody().jsonPath("$.period.end").isEqualTo("2026-10-10")
                .jsonPath("$.period.phase").isEqualTo("IN_PUBLICITY");

        clock.set(LocalDate.of(2026, 10, 10), LocalTime.of(23, 0));
        objection(id).expectStatus().isCreated();
        clock.set(LocalDate.of(2026, 10, 11), LocalTime.of(0, 30));
        objection(id).expectStatus().isEqualTo(409);
    }

    /**
     * Seven working days from Thursday 2026-02-12: 02-12, 02-13 (1-2); Saturday 02-14 is a make-up working day (3);
     * 02-15..02-23 off (Spring Festival); 02-24, 02-25, 02-26, 02-27 (4-7).
     */
    @Test
    void aListPublishedBeforeSpringFestivalEndsOnTheSeventhWorkingDayAfterIt() {
        clock.set(LocalDate.of(2026, 2, 12), LocalTime.of(10, 0));
        String id = api.create(EducationApi.boardingSubsidy("补助名单（跨春节假期）", 2, 1125));
        api.uploadRoster(id, "名单.csv", twoStudents()).expectStatus().isCreated();
        api.review(id);
        api.tryPublish(id).expectStatus().isOk().expectBody()
                .jsonPath("$.period.start").isEqualTo("2026-02-12")
                .jsonPath("$.period.end").isEqualTo("2026-02-27");
    }

    @Test
    void aRegistryExportWithIdAddressPhoneBirthDateAndBankColumnsIsSealedAndNoPublicResponseShowsThem() {
        String id = api.create(EducationApi.boardingSubsidy("补助名单（学籍系统导出）", 2, 1125));
        byte[] export = utf8(EXPORT_HEADER
                + "张小红,四年级,四年1班,小学每生每年1000元,500.00," + ZHANG_ID + ",2016-03-12," + ZHANG_ADDRESS + ","
                + ZHANG_PHONE + "," + ZHANG_ACCOUNT + "\n"
                + "李明远,七年级,七年2班,初中每生每年1250元,625," + LI_ID + ",2013/7/1," + LI_ADDRESS + "," + LI_PHONE
                + ",\n");
        api.uploadRoster(id, "学籍系统导出.csv", export).expectStatus().isCreated()
                .expectBody().jsonPath("$.rowsValid").isEqualTo(2);
        api.publish(id);

        String roster = api.get("/api/education/public/notices/" + id + "/roster");
        String detail = api.get("/api/education/public/notices/" + id);
        String canonical = api.get("/api/education/public/notices/" + id + "/canonical");
        String feed = api.get("/api/education/public/feed?limit=100");
        for (String publicText : new String[] {roster, detail, canonical, feed}) {
            assertThat(publicText).doesNotContain("张小红")
                    .doesNotContain(ZHANG_ID).doesNotContain(LI_ID).doesNotContain(ZHANG_ID.substring(0, 14))
                    .doesNotContain("2016-03-12").doesNotContain("2013-07-01")
                    .doesNotContain("三组12号").doesNotContain("一组5号")
                    .doesNotContain(ZHANG_PHONE).doesNotContain("2123456").doesNotContain("5678901")
                    .doesNotContain(ZHANG_ACCOUNT).doesNotContain("1234567");
        }
        assertThat(roster).contains("张*红").contains("李*远");
        web.get().uri("/api/education/public/notices/{id}/roster", id).exchange().expectBody()
                .jsonPath("$.rows[0].studentName").isEqualTo("张*红")
                .jsonPath("$.rows[0].className").isEqualTo("四年1班")
                .jsonPath("$.rows[0].standard").isEqualTo("小学每生每年1000元")
                .jsonPath("$.rows[0].amount").isEqualTo("500.00")
                .jsonPath("$.rows[0].idNumber").doesNotExist()
                .jsonPath("$.rows[0].birthDate").doesNotExist()
                .jsonPath("$.rows[0].address").doesNotExist()
                .jsonPath("$.rows[0].phone").doesNotExist()
                .jsonPath("$.rows[0].bankAccount").doesNotExist();

        web.get().uri("/api/education/notices/{id}/roster", id).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].studentName").isEqualTo("张小红")
                .jsonPath("$[0].idNumber").isEqualTo(ZHANG_ID)
                .jsonPath("$[0].address").isEqualTo(ZHANG_ADDRESS)
                .jsonPath("$[0].bankAccount").isEqualTo(ZHANG_ACCOUNT)
                .jsonPath("$[1].birthDate").isEqualTo("2013-07-01");
    }

    @Test
    void theTemplateListsTheSealedColumnsSoARegistryExportFitsIt() {
        String template = api.get("/api/education/public/rosters/templates/BOARDING_SUBSIDY.csv").replace("\uFEFF", "");
        assertThat(template.lines().findFirst().orElseThrow())
                .isEqualTo("学生姓名,年级,班级,补助标准,补助金额（元）,身份证号,出生日期,家庭住址,联系电话,银行账号");
    }

    @Test
    void anIdNumberTypedIntoAPublicColumnBlocksPublicationNamingTheRow() {
        String id = api.create(EducationApi.boardingSubsidy("补助名单（备注里的身份证号）", 1, 500));
        api.uploadRoster(id, "名单.csv", utf8(HEADER + "张小红,四年级,四年1班,身份证" + ZHANG_ID + ",500\n"))
                .expectStatus().isCreated();
        api.review(id);
        api.tryPublish(id).expectStatus().isEqualTo(422).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/privacy-leak")
                .jsonPath("$.errors[0].field").isEqualTo("roster[第2行].standard");
        api.publicDetail(id).expectStatus().isNotFound();
    }

    @Test
    void aColumnOutsideTheTemplateSuchAsTheStudentRegistryNumberIsRefusedWhole() {
        String id = api.create(EducationApi.boardingSubsidy("补助名单（含学籍号）", 1, 500));
        api.uploadRoster(id, "名单.csv", utf8("学生姓名,年级,班级,补助标准,补助金额（元）,全国学籍号\n"
                        + "张小红,四年级,四年1班,小学每生每年1000元,500,G" + ZHANG_ID + "\n"))
                .expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo("https://gongkai.example/problems/roster-rejected")
                .jsonPath("$.errors[0].field").isEqualTo("全国学籍号");
    }

    @Test
    void aHeadcountThatDiffersFromTheListIsRefusedOnSubmit() {
        String id = api.create(EducationApi.boardingSubsidy("补助名单（人数不符）", 3, 1125));
        api.uploadRoster(id, "名单.csv", twoStudents()).expectStatus().isCreated();
        api.submit(id).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.studentCount')].reason")
                .isEqualTo("补助人数（3人）与名单人数（2人）不一致");
    }

    @Test
    void aTotalThatDiffersFromTheSumOfTheListIsRefusedAtPublish() {
        String id = api.create(EducationApi.boardingSubsidy("补助名单（金额不符）", 2, 1250));
        api.uploadRoster(id, "名单.csv", twoStudents()).expectStatus().isCreated();
        api.review(id);
        api.post(REVIEWER, id, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("payload.totalAmount")
                .jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("1125"));
        api.publicDetail(id).expectStatus().isNotFound();
    }

    @Test
    void submittingWithoutTheListIsRefused() {
        String id = api.create(EducationApi.boardingSubsidy("补助名单（未附名单）", 2, 1125));
        api.submit(id).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='roster')]").exists();
    }

    private WebTestClient.ResponseSpec objection(String id) {
        return web.post().uri("/api/education/public/notices/{id}/objections", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "钱多多", "contact", "13904529876", "reason", "该生家庭条件较好", "rosterLine", 2))
                .exchange();
    }
}

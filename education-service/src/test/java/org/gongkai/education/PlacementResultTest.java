package org.gongkai.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.education.EducationApi.classDraw;
import static org.gongkai.education.EducationApi.utf8;
import static org.gongkai.education.EducationApi.witness;
import static org.gongkai.education.EducationApi.withPayload;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.gongkai.core.privacy.IdNumbers;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** EDU-03 阳光分班: a witnessed draw of teacher teams to natural groups, and the posted student list. */
@SectorIntegrationTest
class PlacementResultTest extends SectorApiTest<EducationApi> {

    static final String HEADER = "学生姓名,性别,年级,班级,出生日期,身份证号,家庭住址,联系电话\n";
    static final String PUPIL_ID = IdNumbers.withCheckDigit("23020220191105401");


    PlacementResultTest() {
        super(EducationApi::new, LocalDate.of(2026, 8, 28), LocalTime.of(16, 0));
    }

    static byte[] pupils() {
        return utf8(HEADER + "王子涵,男,一年级,一年一班,2019-11-05," + PUPIL_ID + ",龙沙区龙华路88号3单元,13845671234\n"
                + "李欣怡,女,一年级,一年二班,2020-02-17,,,\n");
    }

    @Test
    void aWitnessedDrawIsPublishedWithItsClassesAndThePostedListShowsNamesAndClassesOnly() {
        String id = api.create(EducationApi.placement("正阳小学一年级阳光分班结果", "2026-08-28"));
        api.uploadRoster(id, "分班名单.csv", pupils()).expectStatus().isCreated();
        api.publish(id);

        api.publicDetail(id).expectStatus().isOk().expectBody()
                .jsonPath("$.payload.witnesses[0].name").isEqualTo("周立新")
                .jsonPath("$.payload.witnesses[0].role").isEqualTo("区教育局纪检监督员")
                .jsonPath("$.payload.classes[0].headTeacher").isEqualTo("王桂英")
                .jsonPath("$.payload.classes[0].drawnGroup").isEqualTo("第二自然组")
                .jsonPath("$.period").doesNotExist();
        String roster = api.get("/api/education/public/notices/" + id + "/roster");
        assertThat(roster).contains("王子涵").contains("一年一班").contains("李欣怡")
                .doesNotContain(PUPIL_ID).doesNotContain("2019-11-05").doesNotContain("龙华路88号")
                .doesNotContain("13845671234").doesNotContain("idNumber").doesNotContain("birthDate")
                .doesNotContain("address").doesNotContain("phone");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aResultWithoutWitnessesIsRefusedOnSubmit() {
        String id = api.create(withPayload(EducationApi.placement("无见证人的分班结果", "2026-08-28"), "witnesses", null));
        api.uploadRoster(id, "分班名单.csv", pupils()).expectStatus().isCreated();
        api.submit(id).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.witnesses')].reason").value(reasons ->
                        assertThat((List<Object>) reasons).contains("缺少目录要求的公开要素「现场监督见证人」", "须记录现场监督见证人"));
    }

    @Test
    void aSingleWitnessOrAWitnessWithoutNameOrRoleIsRefused() {
        String alone = api.create(withPayload(EducationApi.placement("只有一名见证人", "2026-08-28"), "witnesses",
                List.of(witness("周立新", "区教育局纪检监督员"))));
        api.uploadRoster(alone, "分班名单.csv", pupils()).expectStatus().isCreated();
        api.submit(alone).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.witnesses')].reason")
                .isEqualTo("须记录至少两名现场监督见证人（姓名和身份）");

        String nameless = api.create(withPayload(EducationApi.placement("见证人信息不全", "2026-08-28"), "witnesses",
                List.of(witness("周立新", ""), Map.of("role", "家长代表"))));
        api.uploadRoster(nameless, "分班名单.csv", pupils()).expectStatus().isCreated();
        api.submit(nameless).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.witnesses[0].role')].reason").isEqualTo("请填写见证人身份")
                .jsonPath("$.errors[?(@.field=='payload.witnesses[1].name')].reason").isEqualTo("请填写见证人姓名");
    }

    @Test
    void aTeacherBeingDrawnCannotWitnessAndNoGroupOrHeadTeacherIsDrawnTwice() {
        String conflicted = api.create(withPayload(withPayload(EducationApi.placement("抽签结果有误", "2026-08-28"),
                "classes", List.of(classDraw("一年一班", "王桂英", "李春梅", "第一自然组"),
                        classDraw("一年二班", "王桂英", "陈晓东", "第一自然组"))),
                "witnesses", List.of(witness("李春梅", "教师代表"), witness("林海燕", "家长代表"))));
        api.uploadRoster(conflicted, "分班名单.csv", pupils()).expectStatus().isCreated();
        api.submit(conflicted).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[?(@.field=='payload.classes[1].headTeacher')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.classes[1].drawnGroup')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.witnesses[0].name')].reason")
                .isEqualTo("见证人「李春梅」是参与抽签的教师，不能同时担任监督见证人");
    }

    @Test
    void aResultCannotBePublishedBeforeTheDraw() {
        clock.set(LocalDate.of(2026, 8, 27), LocalTime.of(9, 0));
        String id = api.create(EducationApi.placement("提前发布的分班结果", "2026-08-28"));
        api.uploadRoster(id, "分班名单.csv", pupils()).expectStatus().isCreated();
        api.review(id);
        api.tryPublish(id).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("payload.drawDate");
        api.publicDetail(id).expectStatus().isNotFound();

        clock.set(LocalDate.of(2026, 8, 28), LocalTime.of(15, 0));
        api.tryPublish(id).expectStatus().isOk();
    }

    @Test
    void aPupilListedInAClassTheDrawDidNotProduceBlocksPublicationNamingTheLine() {
        String id = api.create(EducationApi.placement("名单班级不符", "2026-08-28"));
        api.uploadRoster(id, "分班名单.csv", utf8(HEADER + "王子涵,男,一年级,一年一班,,,,\n"
                + "李欣怡,女,一年级,一年五班,,,,\n")).expectStatus().isCreated();
        api.review(id);
        api.tryPublish(id).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].line").isEqualTo(3)
                .jsonPath("$.errors[0].field").isEqualTo("班级")
                .jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("一年五班"));
    }
}

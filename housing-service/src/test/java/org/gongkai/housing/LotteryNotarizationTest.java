package org.gongkai.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.housing.HousingApi.EDITOR;
import static org.gongkai.housing.HousingApi.LI;
import static org.gongkai.housing.HousingApi.REVIEWER;
import static org.gongkai.housing.HousingApi.WULONG_OFFICE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * HOUSING-02: the lottery result is published only after the notary office has notarized the draw, and the notice
 * states the notary office, certificate number and date, the draw's time and place and its witnesses.
 */
@SectorIntegrationTest
class LotteryNotarizationTest extends SectorApiTest<HousingApi> {

    LotteryNotarizationTest() {
        super(HousingApi::new, LocalDate.of(2026, 11, 10), LocalTime.of(15, 0));
    }

    @Test
    void aNotarizedResultIsPublishedForSevenDaysCarryingTheNotaryDetailsAndAMaskedRoster() {
        api.eligibleListPublishedOn(clock, "第一批（公证后公示）", LocalDate.of(2026, 11, 1));
        Map<String, Object> draft = HousingApi.withPayload(HousingApi.lotteryResult("2026-11-10"), "batch", "第一批（公证后公示）");
        String id = api.publishedWithRoster(draft, WULONG_OFFICE, HousingApi.lotteryCsv());

        api.publicDetail(id).expectStatus().isOk().expectBody()
                .jsonPath("$.typeName").isEqualTo("实物配租抽签结果")
                .jsonPath("$.period.start").isEqualTo("2026-11-10")
                .jsonPath("$.period.end").isEqualTo("2026-11-16")
                .jsonPath("$.payload.notaryOffice").isEqualTo("黑龙江省齐齐哈尔市龙沙公证处")
                .jsonPath("$.payload.notaryCertificateNumber").isEqualTo("（2026）黑齐龙证字第1268号")
                .jsonPath("$.payload.notarizedOn").isEqualTo("2026-11-10")
                .jsonPath("$.payload.drawPlace").isEqualTo("五龙街道办事处三楼会议室")
                .jsonPath("$.payload.witnesses.length()").isEqualTo(2);
        api.publicRoster(id).expectStatus().isOk().expectBody()
                .jsonPath("$.rows[0].drawNumber").isEqualTo("1")
                .jsonPath("$.rows[0].householdHead").isEqualTo("李*明")
                .jsonPath("$.rows[0].idNumber").isEqualTo("2302**********123X")
                .jsonPath("$.rows[0].allocatedUnit").isEqualTo("龙华小区2号楼1单元501室")
                .jsonPath("$.rows[0].phone").isEqualTo("180****1999");
        String rows = api.publicRoster(id).expectBody(String.class).returnResult().getResponseBody();
        assertThat(rows).doesNotContain(LI);
    }

    @Test
    void submittingAResultWithoutItsNotarizationListsEveryMissingNotaryDetail() {
        Map<String, Object> draft = HousingApi.lotteryResult("2026-11-10");
        for (String key : new String[] {"notaryOffice", "notaryCertificateNumber", "notarizedOn", "witnesses"}) {
            draft = HousingApi.withPayload(draft, key, null);
        }
        String id = api.create(draft);
        api.upload(WULONG_OFFICE, id, HousingApi.lotteryCsv()).expectStatus().isCreated();
        api.post(EDITOR, id, "submit").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.notaryOffice')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.notaryCertificateNumber')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.notarizedOn')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.witnesses')]").exists();
        assertThat(api.notice(id)).containsEntry("status", "DRAFT");
    }

    @Test
    void aResultCannotBePublishedBeforeTheDayItsNotarizationIsDated() {
        clock.set(LocalDate.of(2026, 11, 9), LocalTime.of(16, 0));
        api.eligibleListPublishedOn(clock, "第二批（公证前不得公示）", LocalDate.of(2026, 11, 1));
        Map<String, Object> draft = HousingApi.withPayload(HousingApi.withPayload(HousingApi.lotteryResult(
                "2026-11-10"), "drawnAt", "2026-11-09T09:30:00"), "batch", "第二批（公证前不得公示）");
        String id = api.create(draft);
        api.upload(WULONG_OFFICE, id, HousingApi.lotteryCsv()).expectStatus().isCreated();
        api.review(id);

        api.post(REVIEWER, id, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("payload.notarizedOn")
                .jsonPath("$.errors[0].reason").value(r -> assertThat(r.toString()).contains("须经公证后方可公示"));
        api.publicDetail(id).expectStatus().isNotFound();

        clock.set(LocalDate.of(2026, 11, 10), LocalTime.of(9, 0));
        api.post(REVIEWER, id, "publish").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED");
    }

    @Test
    void aResultCannotBePublishedBeforeTheDrawHasTakenPlace() {
        clock.set(LocalDate.of(2026, 11, 10), LocalTime.of(8, 0));
        api.eligibleListPublishedOn(clock, "第三批（尚未抽签）", LocalDate.of(2026, 11, 1));
        Map<String, Object> draft = HousingApi.withPayload(HousingApi.lotteryResult("2026-11-10"), "batch",
                "第三批（尚未抽签）");
        String id = api.create(draft);
        api.upload(WULONG_OFFICE, id, HousingApi.lotteryCsv()).expectStatus().isCreated();
        api.review(id);

        api.post(REVIEWER, id, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.drawnAt')].reason")
                .value(r -> assertThat(r.toString()).contains("尚未抽签"));

        clock.set(LocalDate.of(2026, 11, 10), LocalTime.of(11, 0));
        api.post(REVIEWER, id, "publish").expectStatus().isOk();
    }

    @Test
    void aNotarizationDatedBeforeTheDrawIsRefusedOnSubmit() {
        Map<String, Object> draft = HousingApi.withPayload(HousingApi.lotteryResult("2026-11-10"), "notarizedOn",
                "2026-11-08");
        String id = api.create(draft);
        api.upload(WULONG_OFFICE, id, HousingApi.lotteryCsv()).expectStatus().isCreated();
        api.post(EDITOR, id, "submit").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.notarizedOn')].reason")
                .value(r -> assertThat(r.toString()).contains("不能早于抽签日期"));
    }

    @Test
    void theResultIsDueWithinTwentyWorkingDaysOfItsNotarization() {
        api.eligibleListPublishedOn(clock, "第四批（公开时限）", LocalDate.of(2026, 11, 1));
        Map<String, Object> draft = HousingApi.withPayload(HousingApi.lotteryResult("2026-11-10"), "batch",
                "第四批（公开时限）");
        String id = api.publishedWithRoster(draft, WULONG_OFFICE, HousingApi.lotteryCsv());
        api.publicDetail(id).expectBody().jsonPath("$.dueBy").isEqualTo("2026-12-08").jsonPath("$.late")
                .isEqualTo(false);
    }
}

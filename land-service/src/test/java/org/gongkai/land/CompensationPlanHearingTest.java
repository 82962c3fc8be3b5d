package org.gongkai.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.land.LandApi.EDITOR;
import static org.gongkai.land.LandApi.REVIEWER;
import static org.gongkai.land.LandApi.body;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Land Administration Law art. 47: when more than half of the affected collective members object to a compensation
 * plan, it cannot conclude; a hearing is recorded and a revised plan published, never before the hearing.
 */
@SectorIntegrationTest
class CompensationPlanHearingTest extends SectorApiTest<LandApi> {

    static final Map<String, Object> HEARING = Map.of("date", "2026-10-09", "place", "大民村村民委员会会议室",
            "outcome", "方案补偿标准偏低，责成修改后重新公告");


    CompensationPlanHearingTest() {
        super(LandApi::new, LocalDate.of(2026, 9, 1), LocalTime.of(9, 0));
    }

    @Test
    void aMajorityOfMembersObjectingBlocksConclusionEvenAfterTheHearingUntilTheRevisedPlanIsPublished() {
        String plan = api.createAndPublish(LandApi.compensationPlan("补偿安置方案（过半数异议）", 4));
        objectAndDismiss(plan, 3, true);

        clock.set(LocalDate.of(2026, 10, 1), LocalTime.of(9, 0));
        api.post(EDITOR, plan, "conclude").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo("https://gongkai.example/problems/conclusion-blocked")
                .jsonPath("$.errors[?(@.field=='objections')].reason")
                .value(r -> assertThat(r.toString()).contains("过半数"))
                .jsonPath("$.errors[?(@.field=='hearing')]").exists();

        api.post(EDITOR, plan, "hearing", HEARING).expectStatus().isOk().expectBody()
                .jsonPath("$.records.hearing.place").isEqualTo("大民村村民委员会会议室");
        api.publicDetail(plan).expectBody().jsonPath("$.records.hearing.date").isEqualTo("2026-10-09");

        api.post(EDITOR, plan, "conclude").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.errors[?(@.field=='objections')]").exists()
                .jsonPath("$.errors[?(@.field=='hearing')]").doesNotExist();

        String revised = body(api.post(EDITOR, plan, "corrections").expectStatus().isCreated()).get("id").toString();
        api.publish(revised);
        api.publicDetail(plan).expectBody().jsonPath("$.status").isEqualTo("SUPERSEDED")
                .jsonPath("$.supersededBy").isEqualTo(revised);
        api.publicDetail(revised).expectBody().jsonPath("$.period.start").isEqualTo("2026-10-01")
                .jsonPath("$.period.end").isEqualTo("2026-10-30");
    }

    @Test
    void aRevisedPlanCannotBePublishedBeforeTheHearingIsRecordedOnItsPredecessor() {
        String plan = api.createAndPublish(LandApi.compensationPlan("补偿安置方案（先听证后修改）", 4));
        objectAndDismiss(plan, 3, true);

        clock.set(LocalDate.of(2026, 10, 1), LocalTime.of(9, 0));
        String revised = body(api.post(EDITOR, plan, "corrections").expectStatus().isCreated()).get("id").toString();
        api.review(revised);
        api.post(REVIEWER, revised, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("hearing");
        api.publicDetail(revised).expectStatus().isNotFound();
        api.publicDetail(plan).expectBody().jsonPath("$.status").isEqualTo("PUBLISHED");

        api.post(EDITOR, plan, "hearing", HEARING).expectStatus().isOk();
        api.post(REVIEWER, revised, "publish").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED");
        api.publicDetail(plan).expectBody().jsonPath("$.status").isEqualTo("SUPERSEDED");
    }

    @Test
    void halfOrFewerObjectingMembersDoNotNeedAHearing() {
        String plan = api.createAndPublish(LandApi.compensationPlan("补偿安置方案（未过半数）", 4));
        objectAndDismiss(plan, 2, true);
        objectAndDismiss(plan, 2, false);

        clock.set(LocalDate.of(2026, 10, 1), LocalTime.of(9, 0));
        api.post(EDITOR, plan, "conclude").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CONCLUDED");
    }

    @Test
    void onlyACompensationPlanTakesAHearing() {
        String other = api.createAndPublish(LandApi.preAnnouncement("预公告（不需听证）"));
        api.post(EDITOR, other, "hearing", HEARING).expectStatus().isEqualTo(409);
        api.post(EDITOR, other, "hearing", Map.of("place", "")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='date')]").exists()
                .jsonPath("$.errors[?(@.field=='outcome')]").exists();
    }

    private void objectAndDismiss(String plan, int count, boolean collectiveMember) {
        clock.set(LocalDate.of(2026, 9, 2), LocalTime.of(10, 0));
        for (int i = 0; i < count; i++) {
            String objection = api.objection(plan, "村民" + i,
                    (collectiveMember ? "0452-2410" : "0452-2420") + String.format("%03d", i), "补偿标准低于法定标准",
                    collectiveMember);
            api.answer(objection, "DISMISSED", "补偿标准符合规定").expectStatus().isOk();
        }
    }
}

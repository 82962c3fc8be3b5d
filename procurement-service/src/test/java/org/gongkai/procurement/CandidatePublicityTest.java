package org.gongkai.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.procurement.ProcurementApi.EDITOR;
import static org.gongkai.procurement.ProcurementApi.body;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Implementing Regulations of the Tendering and Bidding Law arts. 53-54: at most three ranked candidates, publicised
 * for at least 3 days, starting within 3 days of receiving the evaluation report; objections answered within 3 days.
 */
@SectorIntegrationTest
class CandidatePublicityTest extends SectorApiTest<ProcurementApi> {

    CandidatePublicityTest() {
        super(ProcurementApi::new, LocalDate.of(2026, 10, 12), LocalTime.of(9, 0));
    }

    private void tender(String projectCode) {
        api.createAndPublish(ProcurementApi.tender(projectCode, "2026-11-03T09:30:00"));
    }

    @Test
    void candidatesPublishedWithinThreeDaysOfTheReportRunThreeCalendarDaysAndAreOnTime() {
        tender("LSQ-C-ONTIME");
        clock.set(LocalDate.of(2026, 11, 7), LocalTime.of(9, 0));
        String id = api.create(ProcurementApi.candidates("LSQ-C-ONTIME", "01", "2026-11-04"));
        api.review(id);
        api.tryPublish(id).expectStatus().isOk().expectBody()
                .jsonPath("$.period.start").isEqualTo("2026-11-07")
                .jsonPath("$.period.end").isEqualTo("2026-11-09");
        api.publicDetail(id).expectBody()
                .jsonPath("$.late").isEqualTo(false)
                .jsonPath("$.dueBy").isEqualTo("2026-11-07")
                .jsonPath("$.period.rule").value(rule -> assertThat((String) rule).contains("3"));
    }

    @Test
    void candidatesPublishedMoreThanThreeDaysAfterTheReportAreFlaggedLate() {
        tender("LSQ-C-LATE");
        clock.set(LocalDate.of(2026, 11, 8), LocalTime.of(9, 0));
        String id = api.createAndPublish(ProcurementApi.candidates("LSQ-C-LATE", "01", "2026-11-04"));
        api.publicDetail(id).expectBody()
                .jsonPath("$.late").isEqualTo(true)
                .jsonPath("$.dueBy").isEqualTo("2026-11-07");
    }

    @Test
    void aPublicityShorterThanThreeDaysIsRefused() {
        String id = api.create(ProcurementApi.with(ProcurementApi.candidates("LSQ-C-SHORT", "01", "2026-10-10"),
                "publicityLength", 2));
        api.submit(id).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='publicityLength')]").exists();
    }

    /** Filed on Friday 2026-11-06: answer due Monday 11-09 (3 calendar days), not Wednesday 11-11 (3 working days). */
    @Test
    void anObjectionIsDueForAnswerThreeCalendarDaysAfterItIsFiled() {
        tender("LSQ-C-OBJ");
        clock.set(LocalDate.of(2026, 11, 5), LocalTime.of(9, 0));
        String id = api.createAndPublish(ProcurementApi.candidates("LSQ-C-OBJ", "01", "2026-11-04"));

        clock.set(LocalDate.of(2026, 11, 6), LocalTime.of(15, 0));
        Map<String, Object> receipt = body(api.fileObjection(id, "黑龙江北疆市政工程有限公司", "0452-2563318",
                "第一中标候选人项目负责人有在建项目").expectStatus().isCreated());
        assertThat(receipt).containsEntry("answerDueBy", "2026-11-09");

        clock.set(LocalDate.of(2026, 11, 10), LocalTime.of(9, 0));
        api.answer(receipt.get("id").toString(), "DISMISSED", "经核实，原项目已竣工验收").expectStatus().isOk()
                .expectBody().jsonPath("$.answeredLate").isEqualTo(true);
    }

    @Test
    void anObjectionAnsweredWithinThreeDaysIsOnTimeAndConclusionThenGoesAhead() {
        tender("LSQ-C-ANSWER");
        clock.set(LocalDate.of(2026, 11, 5), LocalTime.of(9, 0));
        String id = api.createAndPublish(ProcurementApi.candidates("LSQ-C-ANSWER", "01", "2026-11-04"));
        String objection = body(api.fileObjection(id, "王建", "0452-2563318", "投标报价计算有误")
                .expectStatus().isCreated()).get("id").toString();

        clock.set(LocalDate.of(2026, 11, 8), LocalTime.of(9, 0));
        api.post(EDITOR, id, "conclude").expectStatus().isEqualTo(409);
        api.answer(objection, "DISMISSED", "经复核，报价计算无误").expectStatus().isOk().expectBody()
                .jsonPath("$.answeredLate").isEqualTo(false);
        api.post(EDITOR, id, "conclude").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CONCLUDED");
    }

    @Test
    void moreThanThreeCandidatesOrBrokenRanksAreRefused() {
        Map<String, Object> four = ProcurementApi.withPayload(ProcurementApi.candidates("LSQ-C-FOUR", "01",
                "2026-10-10"), "candidates", List.of(ProcurementApi.candidate(1, "甲公司", 100),
                ProcurementApi.candidate(2, "乙公司", 101), ProcurementApi.candidate(3, "丙公司", 102),
                ProcurementApi.candidate(4, "丁公司", 103)));
        api.submit(api.create(four)).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.candidates')].reason")
                .value(r -> assertThat(r.toString()).contains("不超过3个"));

        Map<String, Object> tied = ProcurementApi.withPayload(ProcurementApi.candidates("LSQ-C-TIED", "01",
                "2026-10-10"), "candidates", List.of(ProcurementApi.candidate(1, "甲公司", 100),
                ProcurementApi.candidate(1, "乙公司", 101)));
        api.submit(api.create(tied)).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.candidates')].reason")
                .value(r -> assertThat(r.toString()).contains("不得重复"));
    }

    @Test
    void candidatesNeedAPublishedTenderWithThatLot() {
        String orphan = api.create(ProcurementApi.candidates("LSQ-C-NONE", "01", "2026-10-10"));
        api.review(orphan);
        api.tryPublish(orphan).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("payload.projectCode")
                .jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("没有已发布的招标公告"));

        tender("LSQ-C-LOT");
        String unknownLot = api.create(ProcurementApi.candidates("LSQ-C-LOT", "09", "2026-10-10"));
        api.review(unknownLot);
        api.tryPublish(unknownLot).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("payload.lotCode");
    }
}

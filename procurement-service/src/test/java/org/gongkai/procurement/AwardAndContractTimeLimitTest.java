package org.gongkai.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Government Procurement Law Implementing Regulations arts. 43 and 50: the award result within 2 working days of
 * determining the winner, the contract within 2 working days of signing it; later ones are published, flagged late.
 */
@SectorIntegrationTest
class AwardAndContractTimeLimitTest extends SectorApiTest<ProcurementApi> {

    AwardAndContractTimeLimitTest() {
        super(ProcurementApi::new, LocalDate.of(2026, 9, 1), LocalTime.of(9, 0));
    }

    /**
     * Determined on Wednesday 2026-09-30: 10-01..10-07 are the National Day holiday, so the two working days are
     * 10-08 and 10-09; Saturday 10-10 is a make-up working day, already the third.
     */
    @Test
    void anAwardDeterminedBeforeNationalDayIsDueOnTheSecondWorkingDayAfterTheHoliday() {
        api.createAndPublish(ProcurementApi.tender("LSQ-A-ONTIME", "2026-09-22T09:30:00"));
        clock.set(LocalDate.of(2026, 10, 9), LocalTime.of(9, 0));
        String id = api.createAndPublish(ProcurementApi.award("LSQ-A-ONTIME", "01", "2026-09-30"));
        api.publicDetail(id).expectBody()
                .jsonPath("$.late").isEqualTo(false)
                .jsonPath("$.dueBy").isEqualTo("2026-10-09")
                .jsonPath("$.period.start").isEqualTo("2026-10-09")
                .jsonPath("$.period.end").isEqualTo("2026-10-09");
    }

    @Test
    void anAwardPublishedOnTheThirdWorkingDayIsFlaggedLate() {
        api.createAndPublish(ProcurementApi.tender("LSQ-A-LATE", "2026-09-22T09:30:00"));
        clock.set(LocalDate.of(2026, 10, 10), LocalTime.of(9, 0));
        String id = api.createAndPublish(ProcurementApi.award("LSQ-A-LATE", "01", "2026-09-30"));
        api.publicDetail(id).expectBody()
                .jsonPath("$.late").isEqualTo(true)
                .jsonPath("$.dueBy").isEqualTo("2026-10-09");
    }

    /** Signed on Friday 2026-11-13: due Tuesday 11-17; published Wednesday 11-18, it is late. */
    @Test
    void aContractAnnouncedMoreThanTwoWorkingDaysAfterSigningIsFlaggedLate() {
        api.createAndPublish(ProcurementApi.tender("LSQ-K-LATE", "2026-09-22T09:30:00"));
        clock.set(LocalDate.of(2026, 11, 11), LocalTime.of(9, 0));
        api.createAndPublish(ProcurementApi.award("LSQ-K-LATE", "01", "2026-11-10"));

        clock.set(LocalDate.of(2026, 11, 17), LocalTime.of(9, 0));
        String onTime = api.createAndPublish(ProcurementApi.contract("LSQ-K-LATE", "01", "2026-11-13"));
        api.publicDetail(onTime).expectBody().jsonPath("$.late").isEqualTo(false)
                .jsonPath("$.dueBy").isEqualTo("2026-11-17")
                .jsonPath("$.period").doesNotExist();

        clock.set(LocalDate.of(2026, 11, 18), LocalTime.of(9, 0));
        String late = api.createAndPublish(ProcurementApi.contract("LSQ-K-LATE", "01", "2026-11-13"));
        api.publicDetail(late).expectBody().jsonPath("$.late").isEqualTo(true)
                .jsonPath("$.dueBy").isEqualTo("2026-11-17");
    }

    @Test
    void aContractNeedsTheAwardOfItsLotFirst() {
        api.createAndPublish(ProcurementApi.tender("LSQ-K-NOAWARD", "2026-09-22T09:30:00"));
        clock.set(LocalDate.of(2026, 11, 17), LocalTime.of(9, 0));
        api.createAndPublish(ProcurementApi.award("LSQ-K-NOAWARD", "01", "2026-11-16"));
        String id = api.create(ProcurementApi.contract("LSQ-K-NOAWARD", "02", "2026-11-16"));
        api.review(id);
        api.tryPublish(id).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("payload.lotCode")
                .jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("尚未发布中标结果公告"));
    }
}

package org.gongkai.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.procurement.ProcurementApi.REVIEWER;

import java.time.LocalDate;
import java.time.LocalTime;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tendering and Bidding Law art. 24: at least 20 days from the first issue of the tender documents (the
 * announcement's publication) to the bid deadline; art. 34: bids are opened at the deadline.
 */
@SectorIntegrationTest
class TenderBiddingTimeTest extends SectorApiTest<ProcurementApi> {

    TenderBiddingTimeTest() {
        super(ProcurementApi::new, LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
    }

    @Test
    void aDeadlineNineteenDaysAfterIssueIsRefusedNamingTheEarliestLawfulDate() {
        String id = api.create(ProcurementApi.tender("LSQ-T-19", "2026-11-21T09:30:00"));
        api.submit(id).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("payload.bidDeadline")
                .jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason)
                        .contains("2026年11月2日").contains("最早为2026年11月22日").contains("第二十四条"));
    }

    @Test
    void aDeadlineTwentyDaysAfterIssueGoesToReviewAndIsPublished() {
        String id = api.createAndPublish(ProcurementApi.tender("LSQ-T-20", "2026-11-22T09:30:00"));
        api.publicDetail(id).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.payload.bidDeadline").isEqualTo("2026-11-22T09:30:00");
    }

    @Test
    void aLaterRequestedPublicationDateMovesTheEarliestDeadline() {
        String id = api.create(ProcurementApi.with(ProcurementApi.tender("LSQ-T-SCHED", "2026-11-25T09:30:00"),
                "publicationDate", "2026-11-09"));
        api.submit(id).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason)
                        .contains("2026年11月9日").contains("最早为2026年11月29日"));
    }

    @Test
    void aTenderApprovedInTimeButPublishedDaysLaterIsRefusedAtPublish() {
        String id = api.create(ProcurementApi.tender("LSQ-T-LATE", "2026-11-22T09:30:00"));
        api.review(id);
        clock.set(LocalDate.of(2026, 11, 4), LocalTime.of(9, 0));
        api.post(REVIEWER, id, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("payload.bidDeadline")
                .jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason)
                        .contains("最早为2026年11月24日"));
        api.publicDetail(id).expectStatus().isNotFound();
    }

    /** Art. 23: a modification at least 15 days before the deadline, which is still 20 days after the first issue. */
    @Test
    void aCorrectedTenderLeavesFifteenDaysAfterItsOwnIssueAndTwentyAfterTheFirst() {
        String first = api.createAndPublish(ProcurementApi.tender("LSQ-T-CORR", "2026-11-22T09:30:00"));
        clock.set(LocalDate.of(2026, 11, 10), LocalTime.of(9, 0));
        String second = ProcurementApi.body(api.post(ProcurementApi.EDITOR, first, "corrections")
                .expectStatus().isCreated()).get("id").toString();
        api.submit(second).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("payload.bidDeadline")
                .jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason)
                        .contains("最早为2026年11月25日").contains("第二十三条"));

        revise(second, ProcurementApi.tender("LSQ-T-CORR", "2026-11-25T09:30:00"));
        api.review(second);
        api.tryPublish(second).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PUBLISHED");
        api.publicDetail(first).expectBody().jsonPath("$.status").isEqualTo("SUPERSEDED");
    }

    @Test
    void aCorrectionCannotBringTheDeadlineCloserThanTwentyDaysAfterTheFirstIssue() {
        String first = api.createAndPublish(ProcurementApi.tender("LSQ-T-CORR2", "2026-11-30T09:30:00"));
        clock.set(LocalDate.of(2026, 11, 3), LocalTime.of(9, 0));
        String second = ProcurementApi.body(api.post(ProcurementApi.EDITOR, first, "corrections")
                .expectStatus().isCreated()).get("id").toString();
        revise(second, ProcurementApi.tender("LSQ-T-CORR2", "2026-11-20T09:30:00"));
        api.review(second);
        api.tryPublish(second).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason)
                        .contains("2026年11月2日").contains("最早为2026年11月22日"));
    }

    private void revise(String id, java.util.Map<String, Object> draft) {
        web.put().uri("/api/procurement/notices/{id}", id).headers(h -> h.setBearerAuth(ProcurementApi.EDITOR))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).bodyValue(draft).exchange()
                .expectStatus().isOk();
    }

    @Test
    void bidsOpenedAtAnotherTimeThanTheDeadlineAreRefused() {
        String id = api.create(ProcurementApi.withPayload(ProcurementApi.tender("LSQ-T-OPEN", "2026-11-23T09:30:00"),
                "bidOpening", "2026-11-23T14:00:00"));
        api.submit(id).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("payload.bidOpening")
                .jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason).contains("第三十四条"));
    }

    @Test
    void aTenderWithoutItsRequiredElementsListsEveryMissingOne() {
        String id = api.create(ProcurementApi.with(ProcurementApi.tender("LSQ-T-EMPTY", "2026-11-23T09:30:00"),
                "payload", java.util.Map.of("projectCode", "LSQ-T-EMPTY")));
        api.submit(id).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.budget')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.lots')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.bidDeadline')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.buyer')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.procurementMethod')]").exists();
    }

    @Test
    void anEditorCanAskForTheEarliestLawfulDeadline() {
        web.get().uri("/api/procurement/public/tenders/earliest-bid-deadline?issuedOn=2026-12-25").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.earliestBidDeadline").isEqualTo("2027-01-14")
                .jsonPath("$.minimumDays").isEqualTo(20);
        web.get().uri("/api/procurement/public/tenders/earliest-bid-deadline").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.earliestBidDeadline").isEqualTo("2026-11-22");
    }
}

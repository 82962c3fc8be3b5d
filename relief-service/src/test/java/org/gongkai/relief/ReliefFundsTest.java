package org.gongkai.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.relief.ReliefApi.BUREAU;
import static org.gongkai.relief.ReliefApi.EDITOR;
import static org.gongkai.relief.ReliefApi.QIAN;
import static org.gongkai.relief.ReliefApi.SUN;
import static org.gongkai.relief.ReliefApi.THREE;
import static org.gongkai.relief.ReliefApi.ZHAO;
import static org.gongkai.relief.ReliefApi.body;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.gongkai.core.privacy.IdNumbers;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Funds notices list who received how much, only for a roster the civil-affairs bureau approved. */
@SectorIntegrationTest
class ReliefFundsTest extends SectorApiTest<ReliefApi> {

    ReliefFundsTest() {
        super(ReliefApi::new, LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
    }

    @Test
    void theFundsPaidOnAnApprovedRosterArePublishedWithRecipientsAndAmountsAndMaskedIdNumbers() {
        String roster = approvedRoster("富强村救助对象名单（资金发放）");
        clock.set(LocalDate.of(2026, 11, 23), LocalTime.of(9, 0));
        String funds = api.create(ReliefApi.funds("富强村救助资金发放情况公布", roster, THREE));
        api.upload(funds, ReliefApi.fundsCsv(THREE)).expectStatus().isCreated();
        Map<String, Object> published = api.publish(funds);
        assertThat(published).containsEntry("status", "PUBLISHED");

        api.publicDetail(funds).expectStatus().isOk().expectBody()
                .jsonPath("$.typeName").isEqualTo("救助资金发放情况")
                .jsonPath("$.audience").isEqualTo("PUBLIC")
                .jsonPath("$.payload.rosterNoticeId").isEqualTo(roster)
                .jsonPath("$.roster.rows").isEqualTo(3);
        web.get().uri("/api/relief/public/notices/{id}/roster", funds).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.rows[2].householdHead").isEqualTo("孙建国")
                .jsonPath("$.rows[2].amount").isEqualTo("2600")
                .jsonPath("$.rows[2].paidOn").isEqualTo("2026-11-20")
                .jsonPath("$.rows[2].idNumber").isEqualTo("2302**********" + SUN.idNumber().substring(14));
        assertThat(api.publicRoster(funds)).doesNotContain(ZHAO.idNumber()).doesNotContain(SUN.idNumber());
    }

    @Test
    void noFundsAreAnnouncedForARosterTheChainHasNotApproved() {
        String roster = api.publishedRoster("富强村救助对象名单（尚未审批）", THREE);
        clock.set(LocalDate.of(2026, 11, 9), LocalTime.of(9, 0));
        api.step(ReliefApi.VILLAGE, roster, "VILLAGE", "同意上报").expectStatus().isOk();
        api.step(ReliefApi.STREET, roster, "STREET", "审核通过").expectStatus().isOk();

        String funds = draftedFunds("富强村救助资金（名单未审批）", roster, THREE, ReliefApi.fundsCsv(THREE));
        api.post(BUREAU, funds, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.rosterNoticeId')].reason")
                .value(r -> assertThat(r.toString()).contains("尚未经").contains("区民政局审批"));

        String nowhere = draftedFunds("富强村救助资金（名单不存在）", "relief:000000000000000000000000", THREE,
                ReliefApi.fundsCsv(THREE));
        api.post(BUREAU, nowhere, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.rosterNoticeId')]").exists();
    }

    @Test
    void paymentsToSomeoneNotOnTheApprovedRosterOrAboveTheApprovedAmountAreRefused() {
        String roster = approvedRoster("富强村救助对象名单（核对发放对象）");
        ReliefApi.Household stranger = new ReliefApi.Household("冯立新", IdNumbers.withCheckDigit("23020219770910005"), 2,
                "取暖救助", 600);
        ReliefApi.Household overpaid = new ReliefApi.Household(QIAN.name(), QIAN.idNumber(), 2, "取暖救助", 900);
        List<ReliefApi.Household> paid = List.of(ZHAO, overpaid, stranger);
        String funds = draftedFunds("富强村救助资金（对象不符）", roster, paid, ReliefApi.fundsCsv(paid));

        api.post(BUREAU, funds, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='roster')].reason").value(r -> assertThat(r.toString())
                        .contains("冯立新").contains("不在经审批的救助对象名单中")
                        .contains("钱秀兰").contains("超过审批的600元")
                        .doesNotContain(stranger.idNumber()));
    }

    @Test
    void fundsNameTheCurrentVersionOfTheRosterInTheSameVillage() {
        String roster = approvedRoster("富强村救助对象名单（引用旧版本）");
        String correction = body(api.post(EDITOR, roster, "corrections").expectStatus().isCreated()).get("id").toString();
        api.publish(correction);

        String funds = draftedFunds("富强村救助资金（引用被更正名单）", roster, THREE, ReliefApi.fundsCsv(THREE));
        api.post(BUREAU, funds, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.rosterNoticeId')].reason")
                .value(r -> assertThat(r.toString()).contains("已更正为").contains(correction));

        String other = approvedRoster("富强村救助对象名单（另一村的资金）");
        Map<String, Object> draft = ReliefApi.with(ReliefApi.funds("新民村救助资金（村不符）", other, THREE), "region",
                ReliefApi.XINMIN);
        String wrongVillage = api.create(draft);
        api.upload(wrongVillage, ReliefApi.fundsCsv(THREE)).expectStatus().isCreated();
        api.review(wrongVillage);
        api.post(BUREAU, wrongVillage, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='region')]").exists();
    }

    @Test
    void theFundsTemplateDownloadsWithItsChineseHeaders() {
        String template = new String(web.get().uri("/api/relief/public/rosters/templates/RELIEF_FUNDS.csv").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8);
        assertThat(template.replace("\uFEFF", "")).startsWith(ReliefApi.FUNDS_HEADER.strip());
    }

    /** Published today (2 November), publicity ended and reviewed up the chain on 9 November. */
    private String approvedRoster(String title) {
        clock.set(LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
        String roster = api.publishedRoster(title, THREE);
        clock.set(LocalDate.of(2026, 11, 9), LocalTime.of(9, 0));
        api.approveChain(roster);
        return roster;
    }

    private String draftedFunds(String title, String rosterId, List<ReliefApi.Household> paid, byte[] csv) {
        String funds = api.create(ReliefApi.funds(title, rosterId, paid));
        api.upload(funds, csv).expectStatus().isCreated();
        api.review(funds);
        return funds;
    }
}

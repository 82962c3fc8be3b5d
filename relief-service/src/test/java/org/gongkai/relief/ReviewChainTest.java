package org.gongkai.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.relief.ReliefApi.BUREAU;
import static org.gongkai.relief.ReliefApi.EDITOR;
import static org.gongkai.relief.ReliefApi.FUQIANG;
import static org.gongkai.relief.ReliefApi.STREET;
import static org.gongkai.relief.ReliefApi.THREE;
import static org.gongkai.relief.ReliefApi.VILLAGE;
import static org.gongkai.relief.ReliefApi.XINMIN;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.gongkai.core.testing.Tokens;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * After the village publicity: village committee → street office → civil-affairs bureau, in order, each by a
 * reviewer at its own level, recorded on the notice and in its history; a roster concludes only after all three.
 */
@SectorIntegrationTest
class ReviewChainTest extends SectorApiTest<ReliefApi> {

    static final String BLOCKED = "https://gongkai.example/problems/conclusion-blocked";
    static final String ILLEGAL = "https://gongkai.example/problems/illegal-transition";
    static final String FORBIDDEN = "https://gongkai.example/problems/forbidden";


    ReviewChainTest() {
        super(ReliefApi::new, LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
    }

    @Test
    void theThreeStepsAfterThePublicityAreRecordedInOrderAndLetTheRosterConclude() {
        String id = api.publishedRoster("富强村救助对象名单（逐级审核）", THREE);
        clock.set(LocalDate.of(2026, 11, 9), LocalTime.of(9, 0));

        api.post(EDITOR, id, "conclude").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo(BLOCKED)
                .jsonPath("$.errors[?(@.field=='reviews')].reason").value(r -> assertThat(r.toString())
                        .contains("「村民委员会评议」").contains("「街道办事处审核」").contains("「区民政局审批」"));

        api.step(VILLAGE, id, "VILLAGE", "经村民代表会议民主评议，同意上报").expectStatus().isOk().expectBody()
                .jsonPath("$.records.reviews.length()").isEqualTo(1)
                .jsonPath("$.records.reviews[0].step").isEqualTo("VILLAGE")
                .jsonPath("$.records.reviews[0].passed").isEqualTo(true)
                .jsonPath("$.records.reviews[0].reviewerRegion").isEqualTo(FUQIANG);
        clock.set(LocalDate.of(2026, 11, 10), LocalTime.of(9, 0));
        api.step(STREET, id, "STREET", "经入户核查，审核通过").expectStatus().isOk();
        api.post(EDITOR, id, "conclude").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.errors[?(@.field=='reviews')].reason").value(r -> assertThat(r.toString())
                        .contains("「区民政局审批」").doesNotContain("「街道办事处审核」"));
        api.step(BUREAU, id, "CIVIL_AFFAIRS", "同意，按审批金额发放").expectStatus().isOk().expectBody()
                .jsonPath("$.records.reviews.length()").isEqualTo(3)
                .jsonPath("$.records.reviews[2].step").isEqualTo("CIVIL_AFFAIRS")
                .jsonPath("$.records.reviews[2].opinion").isEqualTo("同意，按审批金额发放")
                .jsonPath("$.history[?(@.action=='村民委员会评议：通过')].actorName").isEqualTo("李玉兰")
                .jsonPath("$.history[?(@.action=='街道办事处审核：通过')].actorName").isEqualTo("王海燕")
                .jsonPath("$.history[?(@.action=='区民政局审批：通过')].actorName").isEqualTo("吴刚");

        api.publicDetail(id).expectStatus().isOk().expectBody()
                .jsonPath("$.records.reviews[*].stepName")
                .value(names -> assertThat(names.toString()).contains("村民委员会评议", "街道办事处审核", "区民政局审批"));
        api.post(EDITOR, id, "conclude").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CONCLUDED");
    }

    @Test
    void noStepIsTakenBeforeTheVillagePublicityHasEnded() {
        String id = api.publishedRoster("富强村救助对象名单（公示未满）", THREE);
        clock.set(LocalDate.of(2026, 11, 8), LocalTime.of(23, 0));
        api.step(VILLAGE, id, "VILLAGE", "同意上报").expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ILLEGAL)
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("2026-11-08届满"));
        assertThat(api.notice(id).get("records")).isEqualTo(Map.of());

        clock.set(LocalDate.of(2026, 11, 9), LocalTime.of(0, 1));
        api.step(VILLAGE, id, "VILLAGE", "同意上报").expectStatus().isOk();
    }

    @Test
    void stepsAreTakenOnlyInOrderAndOnlyOnce() {
        String id = api.publishedRoster("富强村救助对象名单（顺序）", THREE);
        clock.set(LocalDate.of(2026, 11, 9), LocalTime.of(9, 0));

        api.step(STREET, id, "STREET", "审核通过").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("须先完成「村民委员会评议」"));
        api.step(VILLAGE, id, "VILLAGE", "同意上报").expectStatus().isOk();
        api.step(BUREAU, id, "CIVIL_AFFAIRS", "同意").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("须先完成「街道办事处审核」"));
        api.step(VILLAGE, id, "VILLAGE", "再次评议").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("已记录"));
        assertThat((java.util.List<?>) ((Map<?, ?>) api.notice(id).get("records")).get("reviews")).hasSize(1);
    }

    @Test
    void eachStepNeedsAReviewerTokenAtItsOwnLevelCoveringTheVillage() {
        String id = api.publishedRoster("富强村救助对象名单（层级）", THREE);
        clock.set(LocalDate.of(2026, 11, 9), LocalTime.of(9, 0));

        api.step(BUREAU, id, "VILLAGE", "区里代评").expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo(FORBIDDEN)
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("村民委员会").contains("12位"));
        api.step(STREET, id, "VILLAGE", "街道代评").expectStatus().isForbidden();
        String otherVillage = Tokens.mint("xinmin-committee", "新民村委会", "relief", XINMIN, "reviewer");
        api.step(otherVillage, id, "VILLAGE", "外村评议").expectStatus().isForbidden();
        String villageClerk = Tokens.mint("fuqiang-clerk", "富强村文书", "relief", FUQIANG, "editor");
        api.step(villageClerk, id, "VILLAGE", "文书代评").expectStatus().isForbidden().expectBody()
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("审核人"));
        String housing = Tokens.mint("h", "住建", "housing", FUQIANG, "reviewer");
        api.step(housing, id, "VILLAGE", "外板块").expectStatus().isForbidden();

        api.step(VILLAGE, id, "VILLAGE", "同意上报").expectStatus().isOk();
        api.step(VILLAGE, id, "STREET", "村里代审").expectStatus().isForbidden();
        String otherStreet = Tokens.mint("other-street", "外街道", "relief", "230202103", "reviewer");
        api.step(otherStreet, id, "STREET", "外街道审核").expectStatus().isForbidden();
        api.step(STREET, id, "STREET", "审核通过").expectStatus().isOk();
        api.step(STREET, id, "CIVIL_AFFAIRS", "街道代批").expectStatus().isForbidden();
        api.step(BUREAU, id, "CIVIL_AFFAIRS", "同意").expectStatus().isOk();
    }

    @Test
    void theRostersAuthorCannotTakeAStepEvenWithTheReviewerRole() {
        String id = api.publishedRoster("富强村救助对象名单（起草人不能审批）", THREE);
        clock.set(LocalDate.of(2026, 11, 9), LocalTime.of(9, 0));
        api.step(VILLAGE, id, "VILLAGE", "同意上报").expectStatus().isOk();
        api.step(STREET, id, "STREET", "审核通过").expectStatus().isOk();
        String author = Tokens.mint("clerk-zhou", "周丽", "relief", "230202", "editor", "reviewer");
        api.step(author, id, "CIVIL_AFFAIRS", "同意").expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo("https://gongkai.example/problems/reviewer-is-author");
    }

    @Test
    void aStepThatDoesNotPassStopsTheChainAndTheRosterCannotConclude() {
        String id = api.publishedRoster("富强村救助对象名单（审核未通过）", THREE);
        clock.set(LocalDate.of(2026, 11, 9), LocalTime.of(9, 0));
        api.step(VILLAGE, id, "VILLAGE", "同意上报").expectStatus().isOk();
        api.post(STREET, id, "reviews", Map.of("step", "STREET", "opinion", "经入户核查，孙建国户住房未受损，不符合条件",
                "passed", false)).expectStatus().isOk().expectBody()
                .jsonPath("$.records.reviews[1].passed").isEqualTo(false)
                .jsonPath("$.history[?(@.action=='街道办事处审核：未通过')]").exists();

        api.step(BUREAU, id, "CIVIL_AFFAIRS", "同意").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("「街道办事处审核」未通过"));
        api.post(EDITOR, id, "conclude").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.errors[?(@.field=='reviews')].reason")
                .value(r -> assertThat(r.toString()).contains("未通过").contains("更正"));
    }

    @Test
    void aPendingObjectionMustBeJudgedByDemocraticReviewBeforeTheVillageCommitteeReports() {
        String id = api.publishedRoster("富强村救助对象名单（异议待评议）", THREE);
        clock.set(LocalDate.of(2026, 11, 4), LocalTime.of(9, 0));
        String objection = api.objection(id, 2, "该户家庭人口填报有误");

        clock.set(LocalDate.of(2026, 11, 9), LocalTime.of(9, 0));
        api.step(VILLAGE, id, "VILLAGE", "同意上报").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("1件异议尚未经村民委员会民主评议"));
        api.answer(VILLAGE, objection, "DISMISSED", "经民主评议并核对户籍，家庭人口无误，异议不成立").expectStatus().isOk();
        api.step(VILLAGE, id, "VILLAGE", "同意上报").expectStatus().isOk();
    }

    @Test
    void onlyAReliefRosterTakesTheReviewChainAndTheRequestIsValidated() {
        String roster = api.publishedRoster("富强村救助对象名单（资金公告不审核）", THREE);
        clock.set(LocalDate.of(2026, 11, 9), LocalTime.of(9, 0));
        api.approveChain(roster);
        String funds = api.create(ReliefApi.funds("富强村救助资金发放情况（不走审核链）", roster, THREE));
        api.upload(funds, ReliefApi.fundsCsv(THREE)).expectStatus().isCreated();
        api.publish(funds);
        api.step(VILLAGE, funds, "VILLAGE", "同意").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("只有受灾人员冬春生活救助对象名单"));

        api.post(VILLAGE, roster, "reviews", Map.of("opinion", "")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='step')]").exists()
                .jsonPath("$.errors[?(@.field=='opinion')]").exists();
        web.post().uri("/api/relief/notices/{id}/reviews", roster).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("step", "VILLAGE", "opinion", "匿名")).exchange().expectStatus().isUnauthorized();
    }
}

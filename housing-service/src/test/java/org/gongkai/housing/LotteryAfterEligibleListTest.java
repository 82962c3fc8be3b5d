package org.gongkai.housing;

import static org.assertj.core.api.Assertions.assertThat;
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
 * A lottery result draws from the street's eligible-family list of the same batch: it is published only once that
 * list's publicity has ended with every objection answered and none upheld.
 */
@SectorIntegrationTest
class LotteryAfterEligibleListTest extends SectorApiTest<HousingApi> {

    LotteryAfterEligibleListTest() {
        super(HousingApi::new, LocalDate.of(2026, 11, 10), LocalTime.of(15, 0));
    }

    @Test
    void aResultWithoutAPublishedListForItsBatchIsRefused() {
        String id = reviewedResult("2026-11-10", "第五批（名单未公示）");

        api.post(REVIEWER, id, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.batch')].reason")
                .value(r -> assertThat(r.toString()).contains("抽签家庭名单尚未公示"));
        api.publicDetail(id).expectStatus().isNotFound();
    }

    @Test
    void aResultWaitsUntilTheDayAfterItsListsPublicityEnds() {
        String batch = "第六批（名单公示中）";
        api.eligibleListPublishedOn(clock, batch, LocalDate.of(2026, 11, 6)); // 7 days: 11-06 to 11-12
        clock.set(LocalDate.of(2026, 11, 13), LocalTime.of(15, 0));
        String id = reviewedResult("2026-11-13", batch);
        clock.set(LocalDate.of(2026, 11, 12), LocalTime.of(15, 0));

        api.post(REVIEWER, id, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.batch')].reason")
                .value(r -> assertThat(r.toString()).contains("公示期至2026-11-12结束").contains("最早可于2026-11-13公示"));

        clock.set(LocalDate.of(2026, 11, 13), LocalTime.of(15, 0));
        api.post(REVIEWER, id, "publish").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PUBLISHED");
    }

    @Test
    void aDrawHeldDuringTheListsPublicityIsRefused() {
        String batch = "第七批（公示期内抽签）";
        api.eligibleListPublishedOn(clock, batch, LocalDate.of(2026, 11, 6));
        clock.set(LocalDate.of(2026, 11, 13), LocalTime.of(15, 0));
        String id = reviewedResult("2026-11-12", batch);

        api.post(REVIEWER, id, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.drawnAt')].reason")
                .value(r -> assertThat(r.toString()).contains("须在名单公示期满（2026-11-12）后进行"));
    }

    @Test
    void anUnansweredObjectionToTheListHoldsTheResultUntilItIsDismissed() {
        String batch = "第八批（名单有异议）";
        String list = api.eligibleListPublishedOn(clock, batch, LocalDate.of(2026, 11, 1));
        clock.set(LocalDate.of(2026, 11, 3), LocalTime.of(10, 0));
        String objection = objection(list, "欧阳娜娜的家庭人口登记有误");
        clock.set(LocalDate.of(2026, 11, 10), LocalTime.of(15, 0));
        String id = reviewedResult("2026-11-10", batch);

        api.post(REVIEWER, id, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='objections')].reason")
                .value(r -> assertThat(r.toString()).contains("1件异议未答复"));

        api.answer(REVIEWER, objection, "DISMISSED", "经核实，家庭人口登记无误").expectStatus().isOk();
        api.post(REVIEWER, id, "publish").expectStatus().isOk();
    }

    @Test
    void anUpheldObjectionToTheListNeedsACorrectedListFirst() {
        String batch = "第九批（异议成立）";
        String list = api.eligibleListPublishedOn(clock, batch, LocalDate.of(2026, 11, 1));
        clock.set(LocalDate.of(2026, 11, 3), LocalTime.of(10, 0));
        String objection = objection(list, "李小明家庭已购房，不符合条件");
        api.answer(REVIEWER, objection, "UPHELD", "经核实成立，将更正名单").expectStatus().isOk();
        clock.set(LocalDate.of(2026, 11, 10), LocalTime.of(15, 0));
        String id = reviewedResult("2026-11-10", batch);

        api.post(REVIEWER, id, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='objections')].reason")
                .value(r -> assertThat(r.toString()).contains("1件异议经核实成立").contains("更正后的名单"));
        assertThat(api.notice(id)).containsEntry("status", "APPROVED");
    }

    private String reviewedResult(String day, String batch) {
        Map<String, Object> draft = HousingApi.withPayload(HousingApi.lotteryResult(day), "batch", batch);
        String id = api.create(draft);
        api.upload(WULONG_OFFICE, id, HousingApi.lotteryCsv()).expectStatus().isCreated();
        api.review(id);
        return id;
    }

    private String objection(String listId, String reason) {
        return HousingApi.body(api.fileObjection(listId, "陈淑珍", "13904521234", reason, false)
                .expectStatus().isCreated()).get("id").toString();
    }
}

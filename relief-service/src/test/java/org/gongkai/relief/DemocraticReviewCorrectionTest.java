package org.gongkai.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.relief.ReliefApi.BUREAU;
import static org.gongkai.relief.ReliefApi.EDITOR;
import static org.gongkai.relief.ReliefApi.QIAN;
import static org.gongkai.relief.ReliefApi.SUN;
import static org.gongkai.relief.ReliefApi.THREE;
import static org.gongkai.relief.ReliefApi.VILLAGE;
import static org.gongkai.relief.ReliefApi.ZHAO;
import static org.gongkai.relief.ReliefApi.body;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Objections during the village publicity go to democratic review; one upheld against a roster row removes that
 * household by a correction (a new version with an amended roster and a new period), never by an edit in place.
 */
@SectorIntegrationTest
class DemocraticReviewCorrectionTest extends SectorApiTest<ReliefApi> {

    static final String REMOVED_ID_TAIL = QIAN.idNumber().substring(14);


    DemocraticReviewCorrectionTest() {
        super(ReliefApi::new, LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
    }

    @Test
    void anUpheldObjectionRemovesTheHouseholdByACorrectionAndTheOldVersionIsSupersededButReadable() {
        String first = publishedAndUpheld("富强村救助对象名单（民主评议删除一户）");

        clock.set(LocalDate.of(2026, 11, 9), LocalTime.of(9, 0));
        api.step(VILLAGE, first, "VILLAGE", "同意上报").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("异议经民主评议成立"));
        api.post(EDITOR, first, "conclude").expectStatus().isEqualTo(409);
        web.put().uri("/api/relief/notices/{id}", first).headers(h -> h.setBearerAuth(EDITOR))
                .bodyValue(ReliefApi.roster("就地修改", List.of(ZHAO, SUN))).exchange().expectStatus().isEqualTo(409);

        String second = body(api.post(EDITOR, first, "corrections").expectStatus().isCreated()).get("id").toString();
        List<ReliefApi.Household> amended = List.of(ZHAO, SUN);
        api.upload(second, ReliefApi.rosterCsv(amended)).expectStatus().isCreated();
        api.revise(second, ReliefApi.roster("富强村救助对象名单（民主评议删除一户）（更正）", amended)).expectStatus().isOk();
        api.publish(second);

        api.publicDetail(first).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("SUPERSEDED")
                .jsonPath("$.validity").isEqualTo("SUPERSEDED")
                .jsonPath("$.supersededBy").isEqualTo(second)
                .jsonPath("$.roster.rows").isEqualTo(3);
        assertThat(api.publicRoster(first)).contains("钱秀兰");
        api.publicDetail(second).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.previousId").isEqualTo(first)
                .jsonPath("$.period.start").isEqualTo("2026-11-09")
                .jsonPath("$.period.end").isEqualTo("2026-11-15")
                .jsonPath("$.roster.rows").isEqualTo(2)
                .jsonPath("$.versions.length()").isEqualTo(2)
                .jsonPath("$.records").isEmpty();
        String rows = api.publicRoster(second);
        assertThat(rows).contains("赵德胜", "孙建国").doesNotContain("钱秀兰").doesNotContain(REMOVED_ID_TAIL);

        clock.set(LocalDate.of(2026, 11, 16), LocalTime.of(9, 0));
        api.approveChain(second);
        api.post(EDITOR, second, "conclude").expectStatus().isOk();
        api.post(EDITOR, first, "conclude").expectStatus().isEqualTo(409);
    }

    @Test
    void aCorrectionStillCarryingTheObjectedRosterIsNotPublished() {
        String first = publishedAndUpheld("富强村救助对象名单（未改名单的更正）");
        clock.set(LocalDate.of(2026, 11, 9), LocalTime.of(9, 0));

        String second = body(api.post(EDITOR, first, "corrections").expectStatus().isCreated()).get("id").toString();
        api.review(second);
        api.post(BUREAU, second, "publish").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='roster')].reason")
                .value(r -> assertThat(r.toString()).contains("第3行").contains("更正版本须上传"));
        api.publicDetail(second).expectStatus().isNotFound();
        api.publicDetail(first).expectBody().jsonPath("$.status").isEqualTo("PUBLISHED");
    }

    @Test
    void aDismissedObjectionNeedsNoCorrection() {
        String id = api.publishedRoster("富强村救助对象名单（异议不成立）", THREE);
        clock.set(LocalDate.of(2026, 11, 3), LocalTime.of(9, 0));
        String objection = api.objection(id, 2, "该户家庭人口填报有误");
        api.answer(VILLAGE, objection, "DISMISSED", "经民主评议并核对户籍，异议不成立").expectStatus().isOk();

        clock.set(LocalDate.of(2026, 11, 9), LocalTime.of(9, 0));
        api.approveChain(id);
        api.post(EDITOR, id, "conclude").expectStatus().isOk();
        api.publicDetail(id).expectBody().jsonPath("$.objections.dismissed").isEqualTo(1)
                .jsonPath("$.objections.answers[0].answer").isEqualTo("经民主评议并核对户籍，异议不成立");
    }

    /** Publishes three households; 钱秀兰 (line 3) is objected to and democratic review upholds it. */
    private String publishedAndUpheld(String title) {
        String first = api.publishedRoster(title, THREE);
        clock.set(LocalDate.of(2026, 11, 4), LocalTime.of(9, 0));
        String objection = api.objection(first, 3, "钱秀兰户家中有稳定务工收入，房屋未受损，不符合救助条件");
        api.answer(VILLAGE, objection, "UPHELD", "经村民代表会议民主评议，该户不符合冬春救助条件，从名单中删除")
                .expectStatus().isOk();
        api.publicDetail(first).expectBody().jsonPath("$.objections.upheld").isEqualTo(1);
        return first;
    }
}

package org.gongkai.education;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.gongkai.core.testing.MovableClock;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The demo story loads through the real lifecycle: district map, policy, a witnessed draw, a subsidy list. */
@SectorIntegrationTest
@TestPropertySource(properties = "gongkai.demo.enabled=true")
class EducationDemoDataTest {

    @Autowired
    WebTestClient web;
    @Autowired
    MovableClock clock;

    @Test
    void thePublicFeedTellsTheSchoolYearStoryWithStudentListsThatHidePersonalData() throws InterruptedException {
        clock.set(LocalDate.of(2026, 11, 24), LocalTime.of(9, 0));
        String feed = awaitFeed(4);
        List<String> types = JsonPath.read(feed, "$.items[*].type");
        assertThat(types).containsExactlyInAnyOrder("SCHOOL_DISTRICT", "ENROLLMENT_POLICY", "PLACEMENT_RESULT",
                "BOARDING_SUBSIDY_LIST");
        assertThat(JsonPath.<List<String>>read(feed, "$.items[?(@.type=='BOARDING_SUBSIDY_LIST')].phase"))
                .containsExactly("IN_PUBLICITY");
        assertThat(JsonPath.<List<String>>read(feed, "$.items[?(@.type=='BOARDING_SUBSIDY_LIST')].publicityEnd"))
                .containsExactly("2026-12-01");

        String subsidy = roster(feed, "BOARDING_SUBSIDY_LIST");
        assertThat(JsonPath.<List<String>>read(subsidy, "$.rows[*].studentName")).hasSize(12)
                .allSatisfy(n -> assertThat(n).contains("*"));
        assertThat(JsonPath.<List<Map<String, Object>>>read(subsidy, "$.rows[*]"))
                .allSatisfy(row -> assertThat(row).containsOnlyKeys("line", "studentName", "grade", "className",
                        "standard", "amount"));
        assertThat(subsidy).doesNotContain("230202").doesNotContain("组1");

        String placementId = JsonPath.<List<String>>read(feed, "$.items[?(@.type=='PLACEMENT_RESULT')].id").get(0);
        web.get().uri("/api/education/public/notices/{id}/roster", placementId).exchange()
                .expectStatus().isEqualTo(410);
        web.get().uri("/api/education/public/notices/{id}", placementId).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.payload.witnesses.length()").isEqualTo(5)
                .jsonPath("$.roster.publicUntil").isEqualTo("2026-09-27")
                .jsonPath("$.roster.withdrawn").isEqualTo(true);
    }

    @Test
    void theWitnessedPlacementListWasPostedWithNamesAndClassesOnlyForThirtyDays() throws InterruptedException {
        clock.set(LocalDate.of(2026, 9, 1), LocalTime.of(9, 0));
        String placement = roster(awaitFeed(4), "PLACEMENT_RESULT");
        assertThat(JsonPath.<List<Map<String, Object>>>read(placement, "$.rows[*]")).hasSize(24)
                .allSatisfy(row -> assertThat(row).containsOnlyKeys("line", "studentName", "gender", "grade",
                        "className"));
        assertThat(placement).doesNotContain("2019-").doesNotContain("2020-");
    }

    @Test
    void theDemoDistrictMapAnswersLookups() throws InterruptedException {
        awaitFeed(4);
        web.get().uri("/api/education/public/school-districts/lookup?q={q}", "龙沙区龙华路88号").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.matches[0].school").isEqualTo("龙沙区正阳小学")
                .jsonPath("$.matches[1].school").isEqualTo("龙沙区第一中学");
        web.get().uri("/api/education/public/school-districts/lookup?q={q}", "长青村").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.matches.length()").isEqualTo(2)
                .jsonPath("$.matches[0].school").isEqualTo("大民村镇中心学校")
                .jsonPath("$.matches[1].stageName").isEqualTo("初中");
    }

    private String roster(String feed, String type) {
        String id = JsonPath.<List<String>>read(feed, "$.items[?(@.type=='" + type + "')].id").get(0);
        return web.get().uri("/api/education/public/notices/{id}/roster?size=200", id).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private String awaitFeed(int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String feed = "";
        while (System.nanoTime() < deadline) {
            feed = web.get().uri("/api/education/public/feed?limit=50").exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            if (JsonPath.<List<String>>read(feed, "$.items[*].id").size() >= atLeast) {
                return feed;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("demo data not loaded within 30 s: " + feed);
    }
}

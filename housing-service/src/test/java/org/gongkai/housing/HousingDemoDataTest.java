package org.gongkai.housing;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The demo story loads through the real lifecycle: the second 2026 batch, a notarized draw, a subsidy list. */
@SectorIntegrationTest
@TestPropertySource(properties = "gongkai.demo.enabled=true")
class HousingDemoDataTest {

    @Autowired
    WebTestClient web;

    @Test
    void thePublicFeedTellsTheSecondBatchStoryWithMaskedRosters() throws InterruptedException {
        String feed = awaitFeed(5);
        List<String> types = JsonPath.read(feed, "$.items[*].type");
        assertThat(types).containsOnly("ELIGIBLE_LIST", "LOTTERY_RESULT", "SUBSIDY_LIST")
                .filteredOn("ELIGIBLE_LIST"::equals).hasSize(3);
        List<String> titles = JsonPath.read(feed, "$.items[*].title");
        assertThat(titles).anySatisfy(t -> assertThat(t).contains("五龙街道2026年第二批公共租赁住房实物配租"))
                .anySatisfy(t -> assertThat(t).contains("湖滨街道2026年第二批公共租赁住房实物配租"));

        List<String> results = JsonPath.read(feed, "$.items[?(@.type=='LOTTERY_RESULT')].id");
        assertThat(results).hasSize(1);
        web.get().uri("/api/housing/public/notices/{id}", results.get(0)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.payload.notaryCertificateNumber").isEqualTo("（2026）黑齐龙证字第1268号")
                .jsonPath("$.roster.rows").isEqualTo(8);

        for (String id : JsonPath.<List<String>>read(feed, "$.items[*].id")) {
            String rows = web.get().uri("/api/housing/public/notices/{id}/roster?size=200", id).exchange()
                    .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
            List<String> names = JsonPath.read(rows, "$.rows[*].householdHead");
            List<String> ids = JsonPath.read(rows, "$.rows[*].idNumber");
            List<String> phones = JsonPath.read(rows, "$.rows[*].phone");
            assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(n).contains("*"));
            assertThat(ids).allSatisfy(n -> assertThat(n).matches("2302\\*{10}[\\dX]{4}"));
            assertThat(phones).allSatisfy(p -> assertThat(p).matches("1\\d{2}\\*{4}\\d{4}"));
        }
    }

    private String awaitFeed(int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String feed = "";
        while (System.nanoTime() < deadline) {
            feed = web.get().uri("/api/housing/public/feed?limit=50").exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            if (JsonPath.<List<String>>read(feed, "$.items[*].id").size() >= atLeast) {
                return feed;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("demo data not loaded within 30 s: " + feed);
    }
}

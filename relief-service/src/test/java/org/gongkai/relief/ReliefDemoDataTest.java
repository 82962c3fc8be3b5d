package org.gongkai.relief;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.gongkai.core.testing.MovableClock;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The demo story loads: 富强村's corrected, approved roster and its funds; 新民村's roster awaiting approval. */
@SectorIntegrationTest
@TestPropertySource(properties = "gongkai.demo.enabled=true")
class ReliefDemoDataTest {

    @Autowired
    WebTestClient web;
    @Autowired
    MovableClock clock;

    @Test
    void theDemoNoticesAreInThePublicFeedWithMaskedRostersAndOneRosterWaitsForTheBureau() throws Exception {
        String feed = awaitFeed(3);
        List<String> titles = JsonPath.read(feed, "$.items[*].title");
        assertThat(titles).anySatisfy(t -> assertThat(t).contains("新民村").contains("救助对象名单"))
                .anySatisfy(t -> assertThat(t).contains("富强村").contains("救助对象名单"))
                .anySatisfy(t -> assertThat(t).contains("富强村").contains("资金发放情况"));

        for (String id : JsonPath.<List<String>>read(feed, "$.items[*].id")) {
            String rows = web.get().uri("/api/relief/public/notices/{id}/roster", id).exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            List<String> idNumbers = JsonPath.read(rows, "$.rows[*].idNumber");
            assertThat(idNumbers).isNotEmpty().allSatisfy(n -> assertThat(n).matches("2302\\*{10}[\\dX]{4}"));
        }

        String fuqiang = JsonPath.<List<String>>read(feed,
                "$.items[?(@.title =~ /.*富强村.*名单公示.*/)].id").get(0);
        String detail = web.get().uri("/api/relief/public/notices/{id}", fuqiang).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat((Integer) JsonPath.read(detail, "$.revision")).isEqualTo(2);
        assertThat((String) JsonPath.read(detail, "$.status")).isEqualTo("CONCLUDED");
        assertThat((List<?>) JsonPath.read(detail, "$.records.reviews")).hasSize(3);
        assertThat((Integer) JsonPath.read(detail, "$.roster.rows")).isEqualTo(11);

        String xinmin = JsonPath.<List<String>>read(feed, "$.items[?(@.title =~ /.*新民村.*/)].id").get(0);
        awaitReviews(xinmin, 2);
        clock.set(LocalDate.of(2026, 11, 23), LocalTime.of(9, 0));
        web.get().uri("/api/relief/public/notices/{id}", xinmin).exchange().expectBody()
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.period.phase").isEqualTo("ENDED")
                .jsonPath("$.records.reviews.length()").isEqualTo(2)
                .jsonPath("$.objections.dismissed").isEqualTo(1);

        ReliefApi api = new ReliefApi(web);
        api.post(ReliefApi.EDITOR, xinmin, "conclude").expectStatus().isEqualTo(409);
        api.step(ReliefApi.BUREAU, xinmin, "CIVIL_AFFAIRS", "同意").expectStatus().isOk();
        api.post(ReliefApi.EDITOR, xinmin, "conclude").expectStatus().isOk();
    }

    /** The story's last steps are the reviews of 新民村's roster, recorded after it is in the feed. */
    private void awaitReviews(String id, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String detail = web.get().uri("/api/relief/public/notices/{id}", id).exchange().expectBody(String.class)
                    .returnResult().getResponseBody();
            if (JsonPath.<List<?>>read(detail, "$.records.reviews[*]").size() >= count) {
                return;
            }
            Thread.sleep(200);
        }
    }

    private String awaitFeed(int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String feed = "";
        while (System.nanoTime() < deadline) {
            feed = web.get().uri("/api/relief/public/feed?limit=50").exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            if (JsonPath.<List<?>>read(feed, "$.items").size() >= atLeast) {
                return feed;
            }
            Thread.sleep(200);
        }
        return feed;
    }
}

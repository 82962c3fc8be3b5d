package org.gongkai.core.objection;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.sector.FixtureSectorTest;
import fixture.sector.FixtureApi;
import java.time.Duration;
import java.util.Map;
import org.gongkai.api.testing.TestDate;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Anonymous objections are limited per client and per notice per hour (429 in Chinese with Retry-After), the same
 * objection is taken once (409 naming the first), and a client cannot escape its limit with a forged
 * X-Forwarded-For unless it comes through a trusted proxy.
 */
@FixtureSectorTest
@TestPropertySource(properties = {"gongkai.objections.per-client-per-hour=3",
        "gongkai.objections.per-notice-per-hour=5"})
class ObjectionLimitsTest extends SectorApiTest<FixtureApi> {

    ObjectionLimitsTest() {
        super(FixtureApi::new, TestDate.today(), java.time.LocalTime.of(9, 0));
    }

    @Test
    void aClientOverItsHourlyLimitIsAnswered429UntilTheNextHour() {
        String id = api.createAndPublish(FixtureApi.announcement("预公告（同一来源限流）"));
        for (int i = 0; i < 3; i++) {
            file(id, "10.1.0.1", "理由" + i).expectStatus().isCreated();
        }

        file(id, "10.1.0.1", "理由3").expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/too-many-requests")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("每小时最多提交3件").contains("分钟后"));
        file(id, "10.1.0.2", "另一来源的理由").expectStatus().isCreated();

        clock.advance(Duration.ofHours(1));
        file(id, "10.1.0.1", "一小时后的理由").expectStatus().isCreated();
    }

    @Test
    void aNoticeOverItsHourlyLimitIsAnswered429WhoeverFiles() {
        String id = api.createAndPublish(FixtureApi.announcement("预公告（同一公告限流）"));
        for (int i = 0; i < 5; i++) {
            file(id, "10.2.0." + i, "理由" + i).expectStatus().isCreated();
        }

        file(id, "10.2.0.9", "第六件").expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("已达5件的上限"));
    }

    @Test
    void theSameObjectionTwiceIsTakenOnceAndTheSecondNamesTheFirst() {
        String id = api.createAndPublish(FixtureApi.announcement("预公告（重复异议）"));
        String first = (String) FixtureApi.body(file(id, "10.3.0.1", "第三组地块划错了").expectStatus().isCreated())
                .get("id");

        file(id, "10.3.0.2", " 第三组地块 划错了 ").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/duplicate")
                .jsonPath("$.objectionId").isEqualTo(first)
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains(first).contains("无需重复提交"));
        file(id, "10.3.0.3", "第三组地块划错了，另有补充").expectStatus().isCreated();
    }

    @Test
    void aClientCannotEscapeItsLimitByForgingTheFirstForwardedForHop() {
        // the gateway appends the address it saw; what the client wrote before it is not believed
        String id = api.createAndPublish(FixtureApi.announcement("预公告（伪造来源）"));
        for (int i = 0; i < 3; i++) {
            file(id, "1.2.3." + i + ", 10.4.0.1", "理由" + i).expectStatus().isCreated();
        }

        file(id, "9.9.9.9, 10.4.0.1", "理由9").expectStatus().isEqualTo(429);
    }

    private WebTestClient.ResponseSpec file(String id, String forwardedFor, String reason) {
        return web.post().uri("/api/fixture/public/notices/{id}/objections", id)
                .header("X-Forwarded-For", forwardedFor)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "钱多多", "contact", "13904529876", "reason", reason))
                .exchange();
    }
}

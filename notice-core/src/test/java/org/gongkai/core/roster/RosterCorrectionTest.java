package org.gongkai.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static fixture.sector.FixtureApi.EDITOR;
import static fixture.sector.FixtureApi.body;

import fixture.sector.FixtureSectorTest;
import fixture.sector.FixtureApi;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.gongkai.core.privacy.IdNumbers;
import org.gongkai.core.roster.RosterUpload;
import org.gongkai.core.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A roster corrected after an upheld objection: the new version has the new rows, the old keeps its own. */
@FixtureSectorTest
class RosterCorrectionTest {

    static final String ID = IdNumbers.withCheckDigit("23020219800108123");

    @Autowired
    WebTestClient web;
    @Autowired
    MovableClock clock;
    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void aCorrectedRosterLeavesTheSupersededVersionsRosterPublicAndUntouched() {
        clock.set(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
        FixtureApi api = new FixtureApi(web);
        String first = api.create(FixtureApi.rosterNotice("补偿明细（名单更正）"));
        api.uploadRoster(first, "名单.csv", roster("63000")).expectStatus().isCreated();
        api.publish(first);

        clock.set(LocalDate.of(2026, 3, 3), LocalTime.of(9, 0));
        String objection = body(web.post().uri("/api/fixture/public/notices/{id}/objections", first)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "王大山", "contact", "0452-2412345", "reason", "补偿金额算错", "rosterLine", 2))
                .exchange().expectStatus().isCreated()).get("id").toString();
        api.answer(objection, "UPHELD", "经核实，金额应为64500元").expectStatus().isOk();

        String second = body(api.post(EDITOR, first, "corrections").expectStatus().isCreated()).get("id").toString();
        api.uploadRoster(second, "名单（更正）.csv", roster("64500")).expectStatus().isCreated();
        // a REPLACED upload has its rows deleted by housekeeping; the superseded version still shows these rows
        assertThat(mongo.findOne(Query.query(Criteria.where("noticeId").is(first)), RosterUpload.class).block()
                .state()).isEqualTo(RosterUpload.State.ACCEPTED);
        api.publish(second);

        api.publicDetail(first).expectBody().jsonPath("$.status").isEqualTo("SUPERSEDED");
        web.get().uri("/api/fixture/public/notices/{id}/roster", first).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.rows[0].amount").isEqualTo("63000");
        web.get().uri("/api/fixture/public/notices/{id}/roster", second).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.rows[0].amount").isEqualTo("64500");
    }

    private static byte[] roster(String amount) {
        return (FixtureApi.HEADER + "王大山," + ID + ",第三村民小组,水田,1.50," + amount + ",\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}

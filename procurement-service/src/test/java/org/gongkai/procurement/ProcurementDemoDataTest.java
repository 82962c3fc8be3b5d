package org.gongkai.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The demo story loads through the real lifecycle and reads as a visitor would follow it. */
@SectorIntegrationTest
@TestPropertySource(properties = "gongkai.demo.enabled=true")
class ProcurementDemoDataTest {

    @Autowired
    WebTestClient web;

    private String feed() throws InterruptedException {
        String body = "";
        for (int i = 0; i < 60; i++) {
            body = web.get().uri("/api/procurement/public/feed?limit=50").exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            if (((List<?>) JsonPath.read(body, "$.items")).size() >= 7) {
                return body;
            }
            Thread.sleep(500);
        }
        return body;
    }

    private String detail(String id) {
        return web.get().uri("/api/procurement/public/notices/{id}", id).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void theSchoolRenovationIsPublishedFromTenderToContractWithTheLateContractFlagged() throws Exception {
        String feed = feed();
        List<String> types = JsonPath.read(feed, "$.items[*].type");
        assertThat(types).hasSize(7).containsOnly("TENDER_ANNOUNCEMENT", "CANDIDATE_PUBLICITY", "AWARD_RESULT",
                "CONTRACT_ANNOUNCEMENT");
        List<String> titles = JsonPath.read(feed, "$.items[*].title");
        assertThat(titles).anyMatch(t -> t.contains("湖滨学校") && t.contains("招标公告"))
                .noneMatch(t -> t.contains("食材配送"));

        String contractId = ((List<String>) JsonPath.read(feed, "$.items[?(@.type=='CONTRACT_ANNOUNCEMENT')].id")).get(0);
        String contract = detail(contractId);
        assertThat((Boolean) JsonPath.read(contract, "$.late")).isTrue();
        assertThat((String) JsonPath.read(contract, "$.dueBy")).isEqualTo("2026-11-18");

        List<String> awards = JsonPath.read(feed, "$.items[?(@.type=='AWARD_RESULT')].id");
        assertThat(awards).hasSize(2).allSatisfy(id -> assertThat((Boolean) JsonPath.read(detail(id), "$.late")).isFalse());
    }

    @Test
    void theObjectedCandidatesShowTheAnswerButNeverTheObjector() throws Exception {
        String feed = feed();
        List<String> candidates = JsonPath.read(feed, "$.items[?(@.title =~ /.*第01标段.*中标候选人公示/)].id");
        assertThat(candidates).hasSize(1);
        String detail = detail(candidates.get(0));
        assertThat((Integer) JsonPath.read(detail, "$.objections.filed")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(detail, "$.objections.dismissed")).isEqualTo(1);
        assertThat((String) JsonPath.read(detail, "$.status")).isEqualTo("CONCLUDED");
        assertThat(detail).doesNotContain("韩立强").doesNotContain("0452-2563318");

        String objections = web.get().uri("/api/procurement/notices/{id}/objections", candidates.get(0))
                .headers(h -> h.setBearerAuth(ProcurementApi.EDITOR)).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat((List<String>) JsonPath.read(objections, "$[*].answerDueBy")).containsExactly("2026-11-09");
        assertThat((List<Boolean>) JsonPath.read(objections, "$[*].answeredLate")).containsExactly(false);
    }

    @Test
    void theDemoProcessIsValidOcds() throws Exception {
        feed();
        String records = web.get().uri("/api/procurement/public/ocds/records/LSQ-2026-ZB-018").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(OcdsSchemas.violations(OcdsSchemas.RECORD_PACKAGE, records)).isEmpty();
        assertThat((List<?>) JsonPath.read(records, "$.records[0].releases")).hasSize(6);
        assertThat((List<String>) JsonPath.read(records, "$.records[0].compiledRelease.awards[*].status"))
                .containsExactly("active", "active");
        String releases = web.get().uri("/api/procurement/public/ocds/releases/LSQ-2026-ZB-024").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(OcdsSchemas.violations(OcdsSchemas.RELEASE_PACKAGE, releases)).isEmpty();
    }
}

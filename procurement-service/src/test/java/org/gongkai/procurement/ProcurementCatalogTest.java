package org.gongkai.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.core.testing.SectorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The catalogue in config/repo/procurement.yml loads, names every type, and carries the statutory rules. */
@SectorIntegrationTest
class ProcurementCatalogTest {

    @Autowired
    WebTestClient web;

    @Test
    void theCatalogueServesFourRowsWithTheirStatutoryPeriodsAndTimeLimits() {
        web.get().uri("/api/procurement/public/catalog").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.sector").isEqualTo("procurement")
                .jsonPath("$.publisher").isEqualTo("龙沙区公共资源交易中心")
                .jsonPath("$.rows.length()").isEqualTo(4)
                .jsonPath("$.rows[*].noticeType").value(types -> assertThat(types.toString())
                        .contains("TENDER_ANNOUNCEMENT", "CANDIDATE_PUBLICITY", "AWARD_RESULT", "CONTRACT_ANNOUNCEMENT"))
                .jsonPath("$.types.length()").isEqualTo(4)
                .jsonPath("$.rows[0].code").isEqualTo("PROC-01")
                .jsonPath("$.rows[0].publicity").isEmpty()
                .jsonPath("$.rows[?(@.code=='PROC-02')].publicity.length").isEqualTo(3)
                .jsonPath("$.rows[?(@.code=='PROC-02')].publicity.unit").isEqualTo("CALENDAR")
                .jsonPath("$.rows[?(@.code=='PROC-02')].timeLimit.length").isEqualTo(3)
                .jsonPath("$.rows[?(@.code=='PROC-02')].timeLimit.from").isEqualTo("evaluationReportDate")
                .jsonPath("$.rows[?(@.code=='PROC-02')].basis").value(b -> assertThat(b.toString()).contains("第五十四条"))
                .jsonPath("$.rows[?(@.code=='PROC-03')].timeLimit.unit").isEqualTo("WORKING")
                .jsonPath("$.rows[?(@.code=='PROC-03')].timeLimit.from").isEqualTo("determinationDate")
                .jsonPath("$.rows[?(@.code=='PROC-03')].basis").value(b -> assertThat(b.toString()).contains("第四十三条"))
                .jsonPath("$.rows[?(@.code=='PROC-04')].timeLimit.length").isEqualTo(2)
                .jsonPath("$.rows[?(@.code=='PROC-04')].timeLimit.from").isEqualTo("signingDate")
                .jsonPath("$.rows[?(@.code=='PROC-04')].basis").value(b -> assertThat(b.toString()).contains("第五十条"));
    }
}

package org.gongkai.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.procurement.ProcurementApi.EDITOR;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Every procurement process is published as OCDS 1.1 release and record packages built from its public notices, and
 * both validate against the official OCDS 1.1.5 schemas.
 */
@SectorIntegrationTest
class OcdsExportTest extends SectorApiTest<ProcurementApi> {

    static final String PROJECT = "LSQ-O-018";


    OcdsExportTest() {
        super(ProcurementApi::new, LocalDate.of(2026, 10, 12), LocalTime.of(9, 0));
    }

    /** Tender, candidates for both lots (one withdrawn and published again), award and contract of lot 01. */
    private void wholeProcess(String project) {
        api.createAndPublish(ProcurementApi.tender(project, "2026-11-03T09:30:00"));
        clock.set(LocalDate.of(2026, 11, 5), LocalTime.of(9, 0));
        api.createAndPublish(ProcurementApi.candidates(project, "01", "2026-11-04"));
        clock.advance(Duration.ofMinutes(10));
        String wrong = api.createAndPublish(ProcurementApi.candidates(project, "02", "2026-11-04"));
        web.post().uri("/api/procurement/notices/{id}/withdraw", wrong).headers(h -> h.setBearerAuth(EDITOR))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "第02标段候选人排序录入有误，撤回重发"))
                .exchange().expectStatus().isOk();
        clock.advance(Duration.ofMinutes(10));
        api.createAndPublish(ProcurementApi.candidates(project, "02", "2026-11-04"));
        clock.set(LocalDate.of(2026, 11, 11), LocalTime.of(9, 0));
        api.createAndPublish(ProcurementApi.award(project, "01", "2026-11-10"));
        clock.set(LocalDate.of(2026, 11, 17), LocalTime.of(9, 0));
        api.createAndPublish(ProcurementApi.contract(project, "01", "2026-11-16"));
    }

    private String get(String path) {
        return web.get().uri(path).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void theReleasePackageOfAWholeProcessIsValidOcds() {
        wholeProcess(PROJECT);
        String json = get("/api/procurement/public/ocds/releases/" + PROJECT);

        assertThat(OcdsSchemas.violations(OcdsSchemas.RELEASE_PACKAGE, json)).isEmpty();
        assertThat((String) JsonPath.read(json, "$.version")).isEqualTo("1.1");
        assertThat((String) JsonPath.read(json, "$.uri"))
                .isEqualTo("http://localhost:8080/api/procurement/public/ocds/releases/" + PROJECT);
        assertThat((String) JsonPath.read(json, "$.publisher.name")).isEqualTo("龙沙区公共资源交易中心");
        List<String> ocids = JsonPath.read(json, "$.releases[*].ocid");
        assertThat(ocids).hasSize(7).containsOnly("ocds-gongkai-" + PROJECT);
        List<List<String>> tags = JsonPath.read(json, "$.releases[*].tag");
        assertThat(tags).containsExactly(List.of("tender"), List.of("award"), List.of("award"),
                List.of("awardCancellation"), List.of("award"), List.of("award"), List.of("contract"));
    }

    @Test
    void theTenderReleaseCarriesBuyerAgencyLotsPeriodAndMethod() {
        api.createAndPublish(ProcurementApi.tender("LSQ-O-TENDER", "2026-11-03T09:30:00"));
        String json = get("/api/procurement/public/ocds/releases/LSQ-O-TENDER");
        assertThat(OcdsSchemas.violations(OcdsSchemas.RELEASE_PACKAGE, json)).isEmpty();

        assertThat((String) JsonPath.read(json, "$.releases[0].tender.procurementMethod")).isEqualTo("open");
        assertThat((String) JsonPath.read(json, "$.releases[0].tender.mainProcurementCategory")).isEqualTo("works");
        assertThat((Number) JsonPath.read(json, "$.releases[0].tender.value.amount")).hasToString("5100000");
        assertThat((String) JsonPath.read(json, "$.releases[0].tender.value.currency")).isEqualTo("CNY");
        assertThat((String) JsonPath.read(json, "$.releases[0].tender.tenderPeriod.startDate"))
                .isEqualTo("2026-10-12T00:00:00+08:00");
        assertThat((String) JsonPath.read(json, "$.releases[0].tender.tenderPeriod.endDate"))
                .isEqualTo("2026-11-03T09:30:00+08:00");
        assertThat((List<String>) JsonPath.read(json, "$.releases[0].tender.lots[*].id")).containsExactly("01", "02");
        assertThat((List<String>) JsonPath.read(json, "$.releases[0].parties[?(@.name=='齐齐哈尔市龙沙区教育局')].roles[*]"))
                .containsExactly("buyer");
        assertThat((List<String>) JsonPath.read(json,
                "$.releases[0].parties[?(@.name=='齐齐哈尔鹤诚工程项目管理有限公司')].roles[*]"))
                .containsExactly("procuringEntity");
        assertThat((String) JsonPath.read(json, "$.releases[0].buyer.name")).isEqualTo("齐齐哈尔市龙沙区教育局");
        assertThat((String) JsonPath.read(json, "$.releases[0].tender.milestones[0].dueDate"))
                .isEqualTo("2026-11-03T09:30:00+08:00");
    }

    @Test
    void theRecordPackageCompilesTheProcessIntoItsCurrentStateAndIsValidOcds() {
        wholeProcess("LSQ-O-REC");
        String json = get("/api/procurement/public/ocds/records/LSQ-O-REC");

        assertThat(OcdsSchemas.violations(OcdsSchemas.RECORD_PACKAGE, json)).isEmpty();
        assertThat((String) JsonPath.read(json, "$.records[0].ocid")).isEqualTo("ocds-gongkai-LSQ-O-REC");
        assertThat((List<?>) JsonPath.read(json, "$.records[0].releases")).hasSize(7);
        String compiled = "$.records[0].compiledRelease";
        assertThat((List<String>) JsonPath.read(json, compiled + ".tag")).containsExactly("compiled");
        assertThat((String) JsonPath.read(json, compiled + ".tender.title")).isEqualTo("龙沙区湖滨学校教学楼维修改造工程");
        assertThat((List<String>) JsonPath.read(json, compiled + ".awards[?(@.id=='award-01')].status"))
                .containsExactly("active");
        assertThat((List<String>) JsonPath.read(json, compiled + ".awards[?(@.id=='award-01')].suppliers[*].name"))
                .containsExactly("黑龙江龙江恒泰建设工程有限公司");
        assertThat((List<String>) JsonPath.read(json, compiled + ".awards[?(@.id=='award-02')].status"))
                .containsExactly("pending");
        assertThat((List<String>) JsonPath.read(json, compiled + ".contracts[*].awardID")).containsExactly("award-01");
        assertThat((List<String>) JsonPath.read(json, compiled + ".contracts[*].dateSigned"))
                .containsExactly("2026-11-16T00:00:00+08:00");
        List<String> winnerRoles = JsonPath.read(json,
                compiled + ".parties[?(@.name=='黑龙江龙江恒泰建设工程有限公司')].roles[*]");
        assertThat(winnerRoles).containsExactly("tenderer", "supplier");
        assertThat((List<?>) JsonPath.read(json, compiled + ".tender.tenderers")).hasSize(3);
    }

    @Test
    void aCorrectedTenderIsAnAmendmentAndOnlyPublicNoticesAreExported() {
        String first = api.createAndPublish(ProcurementApi.tender("LSQ-O-AMEND", "2026-11-03T09:30:00"));
        clock.set(LocalDate.of(2026, 10, 14), LocalTime.of(9, 0));
        String second = ProcurementApi.body(api.post(EDITOR, first, "corrections").expectStatus().isCreated())
                .get("id").toString();
        api.review(second);
        api.tryPublish(second).expectStatus().isOk();
        api.create(ProcurementApi.candidates("LSQ-O-AMEND", "01", "2026-11-04"));

        String json = get("/api/procurement/public/ocds/releases/LSQ-O-AMEND");
        assertThat(OcdsSchemas.violations(OcdsSchemas.RELEASE_PACKAGE, json)).isEmpty();
        assertThat((List<String>) JsonPath.read(json, "$.releases[*].id")).containsExactly(first, second);
        assertThat((List<List<String>>) JsonPath.read(json, "$.releases[*].tag"))
                .containsExactly(List.of("tender"), List.of("tenderAmendment"));
    }

    @Test
    void aProjectWithNothingPublicIsNotFound() {
        api.create(ProcurementApi.tender("LSQ-O-DRAFT", "2026-11-03T09:30:00"));
        web.get().uri("/api/procurement/public/ocds/releases/LSQ-O-DRAFT").exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/procurement/public/ocds/records/LSQ-O-NONE").exchange().expectStatus().isNotFound();
    }

    /** The check is not vacuous: the same schemas refuse a package the standard does not allow. */
    @Test
    void theSchemaCheckRefusesAnInvalidPackage() {
        api.createAndPublish(ProcurementApi.tender("LSQ-O-BAD", "2026-11-03T09:30:00"));
        String json = get("/api/procurement/public/ocds/releases/LSQ-O-BAD");
        String badTag = json.replace("\"tag\":[\"tender\"]", "\"tag\":[\"招标\"]");
        String badDate = json.replace("2026-11-03T09:30:00+08:00", "2026-11-03 09:30");
        assertThat(badTag).isNotEqualTo(json);
        assertThat(OcdsSchemas.violations(OcdsSchemas.RELEASE_PACKAGE, badTag)).isNotEmpty();
        assertThat(OcdsSchemas.violations(OcdsSchemas.RELEASE_PACKAGE, badDate)).isNotEmpty();
        assertThat(OcdsSchemas.violations(OcdsSchemas.RELEASE_PACKAGE, "{\"releases\":[]}")).isNotEmpty();
    }
}

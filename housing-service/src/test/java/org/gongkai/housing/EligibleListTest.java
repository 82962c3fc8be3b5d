package org.gongkai.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.housing.HousingApi.BATCH;
import static org.gongkai.housing.HousingApi.EDITOR;
import static org.gongkai.housing.HousingApi.HUBIN_OFFICE;
import static org.gongkai.housing.HousingApi.LI;
import static org.gongkai.housing.HousingApi.WANG;
import static org.gongkai.housing.HousingApi.WULONG;
import static org.gongkai.housing.HousingApi.WULONG_OFFICE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.gongkai.core.testing.SectorIntegrationTest;
import org.gongkai.core.testing.Tokens;
import org.gongkai.core.testing.SectorApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** HOUSING-01: a street's eligible-family list, its roster uploaded by that street's office, 7 days, masked. */
@SectorIntegrationTest
class EligibleListTest extends SectorApiTest<HousingApi> {

    EligibleListTest() {
        super(HousingApi::new, LocalDate.of(2026, 11, 2), LocalTime.of(9, 0));
    }

    @Test
    void theStreetOfficesListRunsSevenCalendarDaysAndThePublicSeesStarredNamesAndMaskedIdsAndPhones() {
        String id = api.create(HousingApi.eligibleList(WULONG, "五龙街道", "第一批（公示测试）"));
        api.upload(WULONG_OFFICE, id, HousingApi.eligibleCsv()).expectStatus().isCreated()
                .expectBody().jsonPath("$.rowsValid").isEqualTo(2);
        api.publish(id);

        api.publicDetail(id).expectStatus().isOk().expectBody()
                .jsonPath("$.typeName").isEqualTo("实物配租抽签家庭名单公示")
                .jsonPath("$.period.start").isEqualTo("2026-11-02")
                .jsonPath("$.period.end").isEqualTo("2026-11-08")
                .jsonPath("$.roster.rows").isEqualTo(2);
        String rows = web.get().uri("/api/housing/public/notices/{id}/roster", id).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(rows).doesNotContain(LI).doesNotContain(WANG).doesNotContain("李小明").doesNotContain("18012341999");
        api.publicRoster(id).expectBody()
                .jsonPath("$.rows[0].householdHead").isEqualTo("李*明")
                .jsonPath("$.rows[0].idNumber").isEqualTo("2302**********123X")
                .jsonPath("$.rows[0].phone").isEqualTo("180****1999")
                .jsonPath("$.rows[0].familySize").isEqualTo("3")
                .jsonPath("$.rows[1].householdHead").isEqualTo("欧**娜")
                .jsonPath("$.rows[1].remark").isEqualTo("残疾人家庭");

        web.get().uri("/api/housing/notices/{id}/roster", id).headers(h -> h.setBearerAuth(EDITOR)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].householdHead").isEqualTo("李小明")
                .jsonPath("$[0].idNumber").isEqualTo(LI);
    }

    @Test
    void aNeighbouringStreetOfficeCannotUploadAnotherStreetsRoster() {
        String id = api.create(HousingApi.eligibleList(WULONG, "五龙街道", "第一批（越权上传）"));
        api.upload(HUBIN_OFFICE, id, HousingApi.eligibleCsv()).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://gongkai.example/problems/forbidden")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("230202002").contains(WULONG));
        assertThat(api.notice(id).get("roster")).isNull();

        String otherSector = Tokens.mint("relief-x", "民政", "relief", "230202001", "roster_uploader");
        api.upload(otherSector, id, HousingApi.eligibleCsv()).expectStatus().isForbidden();
        api.upload(WULONG_OFFICE, id, HousingApi.eligibleCsv()).expectStatus().isCreated();
    }

    @Test
    void aStreetOfficeUploadsButCannotDraftOrPublishTheList() {
        web.post().uri("/api/housing/notices").headers(h -> h.setBearerAuth(WULONG_OFFICE))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(HousingApi.eligibleList(WULONG, "五龙街道", "第一批"))
                .exchange().expectStatus().isForbidden();
        String id = api.create(HousingApi.eligibleList(WULONG, "五龙街道", "第一批（街道不能发布）"));
        api.upload(WULONG_OFFICE, id, HousingApi.eligibleCsv()).expectStatus().isCreated();
        api.post(WULONG_OFFICE, id, "submit").expectStatus().isForbidden();
    }

    @Test
    void aListMustBelongToOneStreetWhoseNameItStates() {
        String county = api.create(HousingApi.eligibleList("230202000000", "五龙街道", BATCH));
        api.upload(EDITOR, county, HousingApi.eligibleCsv()).expectStatus().isCreated();
        api.post(EDITOR, county, "submit").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='region')].reason")
                .value(r -> assertThat(r.toString()).contains("街道"));

        String mismatch = api.create(HousingApi.eligibleList(WULONG, "湖滨街道", BATCH));
        api.upload(WULONG_OFFICE, mismatch, HousingApi.eligibleCsv()).expectStatus().isCreated();
        api.post(EDITOR, mismatch, "submit").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='payload.street')]").exists()
                .jsonPath("$.errors[?(@.field=='region')]").doesNotExist();
    }

    @Test
    void submittingWithoutTheRosterOrTheRequiredElementsListsEachOne() {
        Map<String, Object> draft = HousingApi.with(HousingApi.eligibleList(WULONG, "五龙街道", BATCH), "payload",
                Map.of("street", "五龙街道"));
        String id = api.create(draft);
        api.post(EDITOR, id, "submit").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='roster')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.batch')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.units')]").exists()
                .jsonPath("$.errors[?(@.field=='payload.objectionContact')]").exists();
    }

    @Test
    void aPeriodShorterThanSevenDaysIsRefused() {
        String id = api.create(HousingApi.with(HousingApi.eligibleList(WULONG, "五龙街道", "第一批（五天）"),
                "publicityLength", 5));
        api.upload(WULONG_OFFICE, id, HousingApi.eligibleCsv()).expectStatus().isCreated();
        api.post(EDITOR, id, "submit").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field=='publicityLength')].reason")
                .value(r -> assertThat(r.toString()).contains("7"));
    }
}

package org.gongkai.gateway.catalog;

import org.gongkai.gateway.support.PortalTestBase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import okhttp3.mockwebserver.MockResponse;

import org.gongkai.gateway.support.FakeSector;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class PortalCatalogTest extends PortalTestBase {

    static Map<String, Object> row(String code, int seq, String level, String audience) {
        return Map.of("code", code, "seq", seq, "item", "事项", "subItem", "子项" + code, "noticeType", "T",
                "level", level, "audience", audience, "mode", "PROACTIVE");
    }

    static MockResponse catalog(String sector, String name, List<Map<String, Object>> rows) {
        return FakeSector.json(Map.of("sector", sector, "displayName", name, "publisher", "某局", "rows", rows,
                "types", List.of()));
    }

    @Test
    void rowsOfEverySectorAreMergedInSectorOrderAndTaggedWithTheirSector() {
        land.on("/api/land/public/catalog", catalog("land", "征地拆迁", List.of(
                row("LAND-01", 1, "COUNTY", "SPECIFIC_GROUP"), row("LAND-02", 2, "TOWNSHIP", "SPECIFIC_GROUP"))));
        housing.on("/api/housing/public/catalog", catalog("housing", "住房保障", List.of(
                row("HOUSING-01", 1, "COUNTY", "PUBLIC"))));

        client.get().uri("/api/portal/catalog").exchange()
                .expectStatus().isOk()
                .expectHeader().exists("ETag")
                .expectBody()
                .jsonPath("$.rows[*].code").isEqualTo(List.of("LAND-01", "LAND-02", "HOUSING-01"))
                .jsonPath("$.rows[0].sector").isEqualTo("land")
                .jsonPath("$.rows[0].sectorName").isEqualTo("征地拆迁")
                .jsonPath("$.rows[2].sectorName").isEqualTo("住房保障")
                .jsonPath("$.rows[0].subItem").isEqualTo("子项LAND-01")
                .jsonPath("$.sectors.land.status").isEqualTo("ok")
                .jsonPath("$.sectors.housing.status").isEqualTo("ok");
    }

    @Test
    void rowsAreFilteredBySectorLevelAndAudience() {
        land.on("/api/land/public/catalog", catalog("land", "征地拆迁", List.of(
                row("LAND-01", 1, "COUNTY", "SPECIFIC_GROUP"), row("LAND-02", 2, "TOWNSHIP", "SPECIFIC_GROUP"),
                row("LAND-04", 4, "COUNTY", "PUBLIC"))));
        housing.on("/api/housing/public/catalog", catalog("housing", "住房保障", List.of(
                row("HOUSING-01", 1, "TOWNSHIP", "SPECIFIC_GROUP"))));

        client.get().uri("/api/portal/catalog?level=township&audience=SPECIFIC_GROUP").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.rows[*].code").isEqualTo(List.of("LAND-02", "HOUSING-01"));
        client.get().uri("/api/portal/catalog?sector=land&audience=PUBLIC").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.rows[*].code").isEqualTo(List.of("LAND-04"))
                .jsonPath("$.sectors.housing").doesNotExist();
        assertThat(housing.requests()).hasSize(1);
    }

    @Test
    void aFailedSectorIsNamedAndTheOthersAreServed() {
        land.on("/api/land/public/catalog", catalog("land", "征地拆迁", List.of(row("LAND-01", 1, "COUNTY", "PUBLIC"))));
        housing.on("/api/housing/public/catalog", new MockResponse().setResponseCode(503));

        client.get().uri("/api/portal/catalog").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "no-cache")
                .expectBody()
                .jsonPath("$.rows[*].code").isEqualTo(List.of("LAND-01"))
                .jsonPath("$.sectors.housing.status").isEqualTo("unavailable")
                .jsonPath("$.sectors.housing.reason").isEqualTo("板块服务出错（HTTP 503）");
    }

    @Test
    void aCatalogWithoutRowsIsRefusedAsGarbage() {
        housing.on("/api/housing/public/catalog", FakeSector.json(Map.of("sector", "housing")));

        client.get().uri("/api/portal/catalog?sector=housing").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.sectors.housing.reason").isEqualTo("板块返回的目录不符合约定");
    }

    @Test
    void unknownLevelAudienceAndSectorAreOneProblem() {
        client.get().uri("/api/portal/catalog?level=CITY&audience=ALL&sector=schools").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").isEqualTo(List.of("sector", "level", "audience"));
    }
}

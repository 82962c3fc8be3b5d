package org.gongkai.gateway.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.gongkai.api.FeedCursor;
import org.gongkai.api.FeedItem;
import org.gongkai.api.FeedPage;
import org.gongkai.gateway.portal.SectorFailures.BadSectorResponse;
import org.gongkai.gateway.stats.PortalStatsTest;
import org.gongkai.gateway.support.FakeSector;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SectorResponseChecksTest {

    static final Instant T = Instant.parse("2026-03-10T02:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();

    final SectorResponseChecks land = new SectorResponseChecks("land");

    @Test
    void aCatalogueNeedsItsRows() {
        JsonNode good = JSON.readTree("{\"sector\":\"land\",\"rows\":[]}");

        assertThat(land.catalog(good)).isSameAs(good);
        assertThatThrownBy(() -> land.catalog(JSON.readTree("{\"sector\":\"land\"}")))
                .isInstanceOf(BadSectorResponse.class).hasMessage("板块返回的目录不符合约定");
        assertThatThrownBy(() -> land.catalog(JSON.readTree("[]")))
                .isInstanceOf(BadSectorResponse.class).hasMessage("板块返回的目录不符合约定");
    }

    @Test
    void statisticsMustBeTheSectorsOwn() {
        assertThat(land.stats(PortalStatsTest.landStats()).sector()).isEqualTo("land");
        assertThatThrownBy(() -> land.stats(PortalStatsTest.housingStats()))
                .isInstanceOf(BadSectorResponse.class).hasMessage("板块返回的统计不符合约定");
    }

    @Test
    void anApiDocumentNeedsItsVersionAndPaths() {
        JsonNode good = JSON.readTree("{\"openapi\":\"3.1.0\",\"paths\":{}}");

        assertThat(land.apiDocs(good)).isSameAs(good);
        for (String bad : List.of("{\"paths\":{}}", "{\"openapi\":\"3.1.0\"}", "{\"openapi\":3,\"paths\":{}}")) {
            assertThatThrownBy(() -> land.apiDocs(JSON.readTree(bad))).as(bad)
                    .isInstanceOf(BadSectorResponse.class).hasMessage("板块返回的接口文档不符合约定");
        }
    }

    private static FeedItem withoutPublicationTime(FeedItem item) {
        return new FeedItem(item.id(), item.sector(), item.type(), item.typeName(), item.title(), item.summary(),
                item.region(), item.audience(), item.status(), item.validity(), null, item.publicityStart(),
                item.publicityEnd(), item.phase(), item.daysLeft(), item.version(), item.digest());
    }
}

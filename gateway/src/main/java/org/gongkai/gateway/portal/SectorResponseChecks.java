package org.gongkai.gateway.portal;

import org.gongkai.api.FeedCursor;
import org.gongkai.api.FeedItem;
import org.gongkai.api.FeedPage;
import org.gongkai.api.SectorStats;
import org.gongkai.gateway.portal.SectorFailures.BadSectorResponse;

import tools.jackson.databind.JsonNode;

/**
 * Whether what one sector answered is what the contract promises. Each check returns the answer it was given, or
 * throws {@link BadSectorResponse} with the Chinese reason the portal shows for that sector (and the call counts as
 * a failure for the sector's breaker).
 */
final class SectorResponseChecks {

    private final String sector;

    SectorResponseChecks(String sector) {
        this.sector = sector;
    }

    /** An object with a {@code rows} array. */
    JsonNode catalog(JsonNode catalog) {
        if (!catalog.isObject() || !catalog.path("rows").isArray()) {
            throw new BadSectorResponse("板块返回的目录不符合约定");
        }
        return catalog;
    }

    /** Statistics of this sector, not another's. */
    SectorStats stats(SectorStats stats) {
        if (!sector.equals(stats.sector())) {
            throw new BadSectorResponse("板块返回的统计不符合约定");
        }
        return stats;
    }

    /** An OpenAPI document: an object with an {@code openapi} version and a {@code paths} object. */
    JsonNode apiDocs(JsonNode docs) {
        if (!docs.isObject() || !docs.path("openapi").isString() || !docs.path("paths").isObject()) {
            throw new BadSectorResponse("板块返回的接口文档不符合约定");
        }
        return docs;
    }
}

package org.gongkai.gateway.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.gateway.portal.SectorStatus;

import tools.jackson.databind.JsonNode;

/**
 * The merged standard catalogue: every selected sector's rows (公开事项标准目录), each with {@code sector} and
 * {@code sectorName} added in front of the sector's own columns, and how each sector answered.
 */
public record PortalCatalog(List<JsonNode> rows, Map<String, SectorStatus> sectors) {

    public PortalCatalog {
        rows = List.copyOf(rows);
        sectors = Collections.unmodifiableMap(new LinkedHashMap<>(sectors));
    }

    public boolean complete() {
        return sectors.values().stream().allMatch(SectorStatus::isOk);
    }
}

package org.gongkai.core.catalog.internal;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.gongkai.core.roster.RosterSchema;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import org.gongkai.core.catalog.CatalogRow;

/** A sector's catalogue rows and roster schemas, served by the config server from {@code config/repo/<sector>.yml}. */
@Validated
@ConfigurationProperties("gongkai.catalog")
public record CatalogProperties(List<@Valid CatalogRow> rows, Map<String, RosterSchema> rosters) {

    public CatalogProperties {
        rows = rows == null ? List.of() : List.copyOf(rows);
        rosters = rosters == null ? Map.of() : Map.copyOf(rosters);
    }
}

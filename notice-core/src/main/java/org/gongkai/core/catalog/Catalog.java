package org.gongkai.core.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.privacy.MaskingPolicy;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.core.roster.RosterSchema;
import org.springframework.stereotype.Component;
import org.gongkai.core.catalog.internal.CatalogProperties;

/** The sector's catalogue as loaded from configuration: rows by code, their roster schema and masking policy. */
@Component
public class Catalog {

    private final List<CatalogRow> rows;
    private final CatalogProperties properties;

    public Catalog(CatalogProperties properties) {
        this.properties = properties;
        this.rows = properties.rows().stream().sorted(Comparator.comparingInt(CatalogRow::seq)).toList();
        for (CatalogRow row : rows) {
            if (row.roster() != null && !properties.rosters().containsKey(row.roster())) {
                throw new IllegalStateException("catalogue row " + row.code() + " names roster " + row.roster()
                        + " which gongkai.catalog.rosters does not define");
            }
            MaskingPolicy.of(row.masking() == null ? java.util.Map.of() : row.masking());
        }
    }

    public List<CatalogRow> rows() {
        return rows;
    }

    public Optional<CatalogRow> find(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public CatalogRow require(String code) {
        return find(code).orElseThrow(() -> ProblemException.invalid(
                List.of(FieldProblem.of("catalogRow", "目录中没有事项「" + code + "」"))));
    }

    public Optional<RosterSchema> rosterOf(CatalogRow row) {
        return Optional.ofNullable(row.roster()).map(properties.rosters()::get);
    }

    public MaskingPolicy maskingOf(CatalogRow row) {
        return MaskingPolicy.of(row.masking() == null ? java.util.Map.of() : row.masking());
    }
}

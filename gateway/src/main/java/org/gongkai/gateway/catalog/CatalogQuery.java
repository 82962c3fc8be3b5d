package org.gongkai.gateway.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gongkai.gateway.portal.SectorSelection;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.gateway.problem.GatewayProblems;
import org.gongkai.api.problem.ProblemException;

/** A validated catalogue request: which sectors, and optionally one level (县级/乡级) and one audience. */
public record CatalogQuery(Set<String> sectors, String level, String audience) {

    private static final Set<String> LEVELS = Set.of("COUNTY", "TOWNSHIP");
    private static final Set<String> AUDIENCES = Set.of("PUBLIC", "SPECIFIC_GROUP");

    /** @throws ProblemException a 400 problem listing every bad parameter */
    public static CatalogQuery of(List<String> sector, String level, String audience, Collection<String> known) {
        List<FieldProblem> errors = new ArrayList<>();
        Set<String> sectors = SectorSelection.parse(sector, known, errors);
        String parsedLevel = oneOf("level", level, LEVELS, "应为 COUNTY（县级）或 TOWNSHIP（乡级）", errors);
        String parsedAudience = oneOf("audience", audience, AUDIENCES, "应为 PUBLIC（全社会）或 SPECIFIC_GROUP（特定群体）",
                errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new CatalogQuery(sectors, parsedLevel, parsedAudience);
    }

    private static String oneOf(String field, String raw, Set<String> allowed, String reason,
            List<FieldProblem> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim().toUpperCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            errors.add(FieldProblem.of(field, reason));
        }
        return value;
    }
}

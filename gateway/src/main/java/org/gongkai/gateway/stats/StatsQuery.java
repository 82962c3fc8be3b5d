package org.gongkai.gateway.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.gongkai.gateway.portal.SectorSelection;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.gateway.problem.GatewayProblems;
import org.gongkai.api.problem.ProblemException;

/** A validated statistics request: which sectors, and the division level regions are counted at. */
public record StatsQuery(Set<String> sectors, int regionDigits) {

    /** Province, city, county, township, village: the levels of a 12-digit statistical division code. */
    private static final List<Integer> LEVELS = List.of(2, 4, 6, 9, 12);
    public static final int DEFAULT_REGION_DIGITS = 9;

    public static StatsQuery of(List<String> sector, String regionDigits, Collection<String> known) {
        List<FieldProblem> errors = new ArrayList<>();
        Set<String> sectors = SectorSelection.parse(sector, known, errors);
        int digits = DEFAULT_REGION_DIGITS;
        if (regionDigits != null && !regionDigits.isBlank()) {
            try {
                digits = Integer.parseInt(regionDigits.trim());
            } catch (NumberFormatException e) {
                digits = -1;
            }
            if (!LEVELS.contains(digits)) {
                errors.add(FieldProblem.of("regionDigits", "应为 2、4、6、9 或 12（省、市、县、乡、村级）"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new StatsQuery(sectors, digits);
    }
}

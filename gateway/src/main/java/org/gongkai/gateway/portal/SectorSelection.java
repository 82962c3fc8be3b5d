package org.gongkai.gateway.portal;

import org.gongkai.api.FeedParameters;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.gongkai.api.problem.FieldProblem;

/** The {@code sector} parameter of every portal endpoint: repeated or comma-separated names, all when absent. */
public final class SectorSelection {

    private SectorSelection() {
    }

    /** The named sectors in configuration order; an unknown name adds a problem for {@code sector}. */
    public static Set<String> parse(List<String> raw, Collection<String> known, List<FieldProblem> errors) {
        return FeedQuery.parseSectors(raw, known, errors);
    }

    /** A division-code prefix of 1 to 12 digits, or null; anything else adds a problem for {@code region}. */
    public static String region(String raw, List<FieldProblem> errors) {
        return FeedParameters.region(raw, errors);
    }
}

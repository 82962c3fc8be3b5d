package org.gongkai.gateway.portal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gongkai.api.FeedCursor;
import org.gongkai.api.FeedParameters;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.gateway.problem.GatewayProblems;
import org.gongkai.api.problem.ProblemException;

/**
 * A validated portal feed request. Every selected sector receives the same cursor, limit and filters, which is
 * what lets one keyset cursor walk the merged feed.
 */
public record FeedQuery(
        int limit,
        FeedCursor cursor,
        String cursorToken,
        Set<String> sectors,
        String type,
        String region,
        String phase,
        String q,
        LocalDate from,
        LocalDate to) {

    /** @throws ProblemException a 400 problem listing every bad parameter */
    public static FeedQuery of(FeedRequest request, Collection<String> knownSectors) {
        List<FieldProblem> errors = new ArrayList<>();
        int limit = FeedParameters.limit(request.limit(), errors);
        FeedCursor cursor = FeedParameters.cursor(request.cursor(), errors);
        Set<String> sectors = parseSectors(request.sector(), knownSectors, errors);
        String region = FeedParameters.region(request.region(), errors);
        String phase = FeedParameters.phase(request.phase(), errors);
        String q = FeedParameters.keyword(request.q(), errors);
        LocalDate from = FeedParameters.date("from", request.from(), errors);
        LocalDate to = FeedParameters.date("to", request.to(), errors);
        FeedParameters.range(from, to, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new FeedQuery(limit, cursor, FeedParameters.blankToNull(request.cursor()), sectors,
                FeedParameters.blankToNull(request.type()),
                region, phase, q, from, to);
    }

    /** The sectors a request names (repeated or comma-separated), in configuration order; all when none. */
    static Set<String> parseSectors(List<String> raw, Collection<String> known, List<FieldProblem> errors) {
        Set<String> requested = new LinkedHashSet<>();
        if (raw != null) {
            raw.stream().filter(value -> value != null)
                    .flatMap(value -> Arrays.stream(value.split(",")))
                    .map(String::trim)
                    .filter(value -> !value.isEmpty())
                    .forEach(requested::add);
        }
        if (requested.isEmpty()) {
            return new LinkedHashSet<>(known);
        }
        for (String name : requested) {
            if (!known.contains(name)) {
                errors.add(FieldProblem.of("sector", "没有名为「" + name + "」的板块，可选：" + String.join("、", known)));
            }
        }
        Set<String> selected = new LinkedHashSet<>(known);
        selected.retainAll(requested);
        return selected;
    }
}

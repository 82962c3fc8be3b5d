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
import org.gongkai.gateway.problem.FieldProblem;
import org.gongkai.gateway.problem.GatewayProblems;
import org.gongkai.gateway.problem.ProblemException;

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

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** The sectors' own limit: a longer keyword would be refused by every sector. */
    private static final int MAX_KEYWORD_LENGTH = 50;
    private static final Set<String> PHASES = Set.of("SCHEDULED", "IN_PUBLICITY", "ENDED");

    /** @throws ProblemException a 400 problem listing every bad parameter */
    public static FeedQuery of(FeedRequest request, Collection<String> knownSectors) {
        List<FieldProblem> errors = new ArrayList<>();
        int limit = parseLimit(request.limit(), errors);
        FeedCursor cursor = parseCursor(blankToNull(request.cursor()), errors);
        Set<String> sectors = parseSectors(request.sector(), knownSectors, errors);
        String region = parseRegion(blankToNull(request.region()), errors);
        String phase = parsePhase(blankToNull(request.phase()), errors);
        String q = parseKeyword(blankToNull(request.q()), errors);
        LocalDate from = parseDate("from", request.from(), errors);
        LocalDate to = parseDate("to", request.to(), errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldProblem("to", "结束日期不能早于开始日期"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(GatewayProblems.validation(errors));
        }
        return new FeedQuery(limit, cursor, blankToNull(request.cursor()), sectors, blankToNull(request.type()),
                region, phase, q, from, to);
    }

    /** The query string every sector receives, in the sector feed's own parameter names. */
    public Map<String, String> sectorParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("limit", Integer.toString(limit));
        putIfPresent(parameters, "cursor", cursorToken);
        putIfPresent(parameters, "type", type);
        putIfPresent(parameters, "region", region);
        putIfPresent(parameters, "phase", phase);
        putIfPresent(parameters, "q", q);
        putIfPresent(parameters, "from", from == null ? null : from.toString());
        putIfPresent(parameters, "to", to == null ? null : to.toString());
        return parameters;
    }

    private static int parseLimit(String raw, List<FieldProblem> errors) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
            errors.add(new FieldProblem("limit", "每页条数应在1到" + MAX_LIMIT + "之间"));
        } catch (NumberFormatException e) {
            errors.add(new FieldProblem("limit", "每页条数应为整数"));
        }
        return DEFAULT_LIMIT;
    }

    private static FeedCursor parseCursor(String raw, List<FieldProblem> errors) {
        if (raw == null) {
            return null;
        }
        try {
            return FeedCursor.decode(raw);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldProblem("cursor", "翻页游标无效，请从第一页重新开始"));
            return null;
        }
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
                errors.add(new FieldProblem("sector", "没有名为「" + name + "」的板块，可选：" + String.join("、", known)));
            }
        }
        Set<String> selected = new LinkedHashSet<>(known);
        selected.retainAll(requested);
        return selected;
    }

    static String parseRegion(String raw, List<FieldProblem> errors) {
        String region = raw == null ? null : raw.trim();
        if (region != null && !region.matches("\\d{1,12}")) {
            errors.add(new FieldProblem("region", "行政区划代码前缀应为1至12位数字"));
        }
        return region;
    }

    private static String parsePhase(String raw, List<FieldProblem> errors) {
        String phase = raw == null ? null : raw.trim().toUpperCase(Locale.ROOT);
        if (phase != null && !PHASES.contains(phase)) {
            errors.add(new FieldProblem("phase", "应为 SCHEDULED、IN_PUBLICITY 或 ENDED"));
        }
        return phase;
    }

    private static String parseKeyword(String raw, List<FieldProblem> errors) {
        String q = raw == null ? null : raw.trim();
        if (q != null && q.length() > MAX_KEYWORD_LENGTH) {
            errors.add(new FieldProblem("q", "关键词不超过" + MAX_KEYWORD_LENGTH + "字"));
        }
        return q;
    }

    private static LocalDate parseDate(String name, String raw, List<FieldProblem> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldProblem(name, "日期格式应为 yyyy-MM-dd"));
            return null;
        }
    }

    private static void putIfPresent(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

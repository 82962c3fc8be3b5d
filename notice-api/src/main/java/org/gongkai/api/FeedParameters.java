package org.gongkai.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gongkai.api.problem.FieldProblem;

/**
 * The public feed's query parameters, checked the same way by every sector and by the portal: one limit, one
 * keyword length, one region pattern, one list of phases. Each check adds its problem to the list and answers the
 * cleaned value (or a default, or null), so a request is told every bad parameter at once.
 */
public final class FeedParameters {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_KEYWORD_LENGTH = 50;
    /** A region code prefix: province (2) down to village (12) digits. */
    public static final String REGION_PATTERN = "\\d{1,12}";
    public static final Set<String> PHASES = Set.of("SCHEDULED", "IN_PUBLICITY", "ENDED");

    private FeedParameters() {
    }

    public static int limit(String raw, List<FieldProblem> problems) {
        return number("limit", "每页条数", raw, 1, MAX_LIMIT, DEFAULT_LIMIT, problems);
    }

    /** A whole number from {@code min} to {@code max}, {@code fallback} when absent; {@code what} names it. */
    public static int number(String name, String what, String raw, int min, int max, int fallback,
            List<FieldProblem> problems) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
            problems.add(FieldProblem.of(name, what + "应在" + min + "到" + max + "之间"));
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(name, what + "应为整数"));
        }
        return fallback;
    }

    public static FeedCursor cursor(String raw, List<FieldProblem> problems) {
        String token = blankToNull(raw);
        if (token == null) {
            return null;
        }
        try {
            return FeedCursor.decode(token);
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("cursor", "翻页游标无效，请从第一页重新开始"));
            return null;
        }
    }

    public static String region(String raw, List<FieldProblem> problems) {
        String region = blankToNull(raw);
        if (region != null && !region.matches(REGION_PATTERN)) {
            problems.add(FieldProblem.of("region", "行政区划代码前缀应为1至12位数字"));
        }
        return region;
    }

    /** The phase in upper case, as {@link #PHASES} names it. */
    public static String phase(String raw, List<FieldProblem> problems) {
        String phase = blankToNull(raw);
        if (phase == null) {
            return null;
        }
        phase = phase.toUpperCase(Locale.ROOT);
        if (!PHASES.contains(phase)) {
            problems.add(FieldProblem.of("phase", "应为 SCHEDULED、IN_PUBLICITY 或 ENDED"));
        }
        return phase;
    }

    public static String keyword(String raw, List<FieldProblem> problems) {
        String q = blankToNull(raw);
        if (q != null && q.length() > MAX_KEYWORD_LENGTH) {
            problems.add(FieldProblem.of("q", "关键词不超过" + MAX_KEYWORD_LENGTH + "字"));
        }
        return q;
    }

    public static LocalDate date(String name, String raw, List<FieldProblem> problems) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(name, "日期格式应为 yyyy-MM-dd"));
            return null;
        }
    }

    /** {@code to} may not come before {@code from}. */
    public static void range(LocalDate from, LocalDate to, List<FieldProblem> problems) {
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(FieldProblem.of("to", "结束日期不能早于开始日期"));
        }
    }

    /** Trimmed, or null when blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

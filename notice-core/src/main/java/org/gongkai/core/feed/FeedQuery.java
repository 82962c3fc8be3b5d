package org.gongkai.core.feed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.api.FeedCursor;
import org.gongkai.core.calendar.PublicityPhase;
import org.gongkai.core.problem.FieldProblem;
import org.gongkai.core.problem.ProblemException;

/** A public feed request, validated: every bad parameter is reported together. */
public record FeedQuery(String type, String region, PublicityPhase phase, String keyword, LocalDate from,
        LocalDate to, FeedCursor cursor, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static FeedQuery parse(String type, String region, String phase, String q, String from, String to,
            String cursor, String limit) {
        List<FieldProblem> problems = new ArrayList<>();
        PublicityPhase parsedPhase = null;
        if (phase != null && !phase.isBlank()) {
            try {
                parsedPhase = PublicityPhase.valueOf(phase.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("phase", "应为 SCHEDULED、IN_PUBLICITY 或 ENDED"));
            }
        }
        if (region != null && !region.isBlank() && !region.matches("\\d{1,12}")) {
            problems.add(FieldProblem.of("region", "行政区划代码前缀应为1至12位数字"));
        }
        LocalDate fromDate = date("from", from, problems);
        LocalDate toDate = date("to", to, problems);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            problems.add(FieldProblem.of("to", "结束日期不能早于开始日期"));
        }
        FeedCursor parsedCursor = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                parsedCursor = FeedCursor.decode(cursor);
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("cursor", "翻页游标无效，请从第一页重新开始"));
            }
        }
        int parsedLimit = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                parsedLimit = Integer.parseInt(limit.trim());
                if (parsedLimit < 1 || parsedLimit > MAX_LIMIT) {
                    problems.add(FieldProblem.of("limit", "每页条数应在1到" + MAX_LIMIT + "之间"));
                }
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of("limit", "每页条数应为整数"));
            }
        }
        String keyword = q == null || q.isBlank() ? null : q.trim();
        if (keyword != null && keyword.length() > 50) {
            problems.add(FieldProblem.of("q", "关键词不超过50字"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return new FeedQuery(blankToNull(type), blankToNull(region), parsedPhase, keyword, fromDate, toDate,
                parsedCursor, parsedLimit);
    }

    private static LocalDate date(String name, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (RuntimeException e) {
            problems.add(FieldProblem.of(name, "日期格式应为 yyyy-MM-dd"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package org.gongkai.api.problem;

/** One thing wrong with the input: where (a field path, or a roster line and column) and why, in Chinese. */
public record FieldProblem(String field, String reason, Integer line) {

    public static FieldProblem of(String field, String reason) {
        return new FieldProblem(field, reason, null);
    }

    public static FieldProblem atLine(int line, String column, String reason) {
        return new FieldProblem(column, reason, line);
    }
}

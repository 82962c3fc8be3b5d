package org.gongkai.core.roster;

import java.util.List;

/**
 * The outcome of one upload. The roster is acceptable only when there are no problems at all. {@code problems}
 * lists the first {@link RosterLimits#maxProblems()} by line; {@code problemCount} counts every one.
 */
record ParseReport(int rowsRead, int rowsValid, List<RowProblem> problems, int problemCount) {

    public ParseReport {
        problems = List.copyOf(problems);
        problemCount = Math.max(problemCount, problems.size());
    }

    public static ParseReport unreadable(String reason) {
        return failed("文件无法读取：" + reason);
    }

    public static ParseReport failed(String reason) {
        return new ParseReport(0, 0, List.of(RowProblem.ofFile(reason)), 1);
    }

    /** Whether more problems were found than listed. */
    public boolean truncated() {
        return problemCount > problems.size();
    }

    public boolean accepted() {
        return problemCount == 0;
    }
}

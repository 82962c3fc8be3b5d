package org.gongkai.core.roster;

import java.util.List;

/**
 * The outcome of one upload. The roster is acceptable only when there are no problems at all; {@code truncated}
 * says the problem list stopped at {@link RosterLimits#maxProblems()}.
 */
public record ParseReport(int rowsRead, int rowsValid, List<RowProblem> problems, boolean truncated) {

    public ParseReport {
        problems = List.copyOf(problems);
    }

    public static ParseReport unreadable(String reason) {
        return new ParseReport(0, 0, List.of(RowProblem.ofFile("文件无法读取：" + reason)), false);
    }

    public boolean accepted() {
        return problems.isEmpty() && !truncated;
    }
}

package org.gongkai.core.roster;

/**
 * One thing wrong with an upload. {@code line} is the 1-based file line (the header is line 1 in a plain file),
 * 0 for the file as a whole; {@code column} is the column's header text, or null when the problem is the row's or
 * the file's.
 */
record RowProblem(int line, String column, String reason) {

    public static RowProblem ofFile(String reason) {
        return new RowProblem(0, null, reason);
    }
}

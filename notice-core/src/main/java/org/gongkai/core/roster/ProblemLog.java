package org.gongkai.core.roster;

import java.util.List;
import java.util.Set;

/**
 * Receives every problem of an upload with the row it was found in, as the file is read, for the downloadable
 * report: {@code cells} are the row's cells as uploaded (empty for the file as a whole), {@code badCells} the
 * positions of the cells at fault.
 */
interface ProblemLog {

    ProblemLog NONE = (line, cells, problems, badCells) -> { };

    /** The upload's header row as given, before any problem. */
    default void header(List<String> cells) {
    }

    void row(int line, List<String> cells, List<RowProblem> problems, Set<Integer> badCells);
}

package org.gongkai.core.roster;

import java.util.List;

/** One physical row of an upload as text cells, with the 1-based line (or sheet row) it starts on. */
record SourceRow(int line, List<String> cells) {

    boolean isBlank() {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }
}

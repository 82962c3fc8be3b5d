package org.gongkai.core.roster;

import java.util.List;

/**
 * Receives the rows that passed their own checks, in file order and in batches, while the file is read. A row can
 * still be named later (a duplicate ID found further down), so the caller stages what it receives and makes it
 * visible only when {@link ParseReport#accepted()}. No batch comes after the first problem.
 */
@FunctionalInterface
interface RowSink {

    void accept(List<ParsedRow> batch);

    /** Called every batch of rows read, good or bad, so a long upload shows how far it got. */
    default void progress(int rowsRead) {
    }
}

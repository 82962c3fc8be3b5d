package org.gongkai.core.roster;

import java.util.List;

/**
 * A roster download being written row by row into memory and handed out in pieces as it grows, so that a large
 * roster is never held whole. Cells arrive already masked and neutralized.
 */
interface RosterSheet {

    void header(List<String> cells);

    void row(List<String> cells);

    /** Ends the file; the next {@link #take} gives its last bytes. */
    void finish();

    /** The bytes written since the last call (possibly none). */
    byte[] take();
}

package org.gongkai.core.roster;

/** Rows of one upload, read lazily; the header is simply the first non-blank row. */
interface RowSource extends AutoCloseable {

    /** The next row, or null at the end. */
    SourceRow next() throws UnreadableFileException;

    @Override
    void close();
}

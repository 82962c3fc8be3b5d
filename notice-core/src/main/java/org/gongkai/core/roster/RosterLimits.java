package org.gongkai.core.roster;

/**
 * How much one upload may hold: bytes on the wire, data rows, how many problems its answer lists (every problem is
 * still counted and goes into the downloadable report), and what an XLSX may inflate to.
 */
record RosterLimits(long maxBytes, int maxRows, int maxProblems, XlsxLimits xlsx) {

    public static final RosterLimits DEFAULT = new RosterLimits(64L * 1024 * 1024, 200_000, 1_000);

    public RosterLimits {
        if (maxBytes < 1 || maxRows < 1 || maxProblems < 1 || xlsx == null) {
            throw new IllegalArgumentException("roster limits must be positive: " + maxBytes + ", " + maxRows
                    + ", " + maxProblems);
        }
    }

    public RosterLimits(long maxBytes, int maxRows, int maxProblems) {
        this(maxBytes, maxRows, maxProblems, XlsxLimits.DEFAULT);
    }

    /**
     * What an XLSX (a zip) may expand to before and while it is read: total inflated bytes, number of entries, and
     * the ratio of inflated to compressed size of any entry above one megabyte inflated (a decompression bomb
     * packs a gigabyte into a megabyte; real sheets compress 5 to 20 times).
     */
    public record XlsxLimits(long maxInflatedBytes, int maxEntries, int maxRatio) {

        public static final XlsxLimits DEFAULT = new XlsxLimits(512L * 1024 * 1024, 1_000, 100);

        public XlsxLimits {
            if (maxInflatedBytes < 1 || maxEntries < 1 || maxRatio < 1) {
                throw new IllegalArgumentException("xlsx limits must be positive");
            }
        }
    }
}

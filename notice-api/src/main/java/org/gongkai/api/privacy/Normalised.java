package org.gongkai.api.privacy;

/**
 * Text with every digit in ASCII, full-width X and plus in ASCII, every kind of space, dash, dot and slash in one
 * ASCII form (the ideographic full stop 。 ends a sentence and stays), and invisible characters (zero-width, soft hyphen, byte-order mark, other format characters) removed;
 * {@link #origin} maps each position back to the text as given.
 */
record Normalised(String text, int[] origins) {

    static Normalised of(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int[] origins = new int[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            char mapped = map(c);
            if (mapped == 0) {
                continue;
            }
            out.append(mapped);
            origins[n++] = i;
        }
        return new Normalised(out.toString(), java.util.Arrays.copyOf(origins, n));
    }

    int origin(int position) {
        return origins[position];
    }

    /** The ASCII stand-in of {@code c}, the character itself, or 0 to drop it. */
    private static char map(char c) {
        if (c < 0x80) {
            return c == '\t' ? ' ' : c;
        }
        if (Character.isDigit(c)) {
            return (char) ('0' + Character.digit(c, 10));
        }
        switch (c) {
            case '\uFF38':
                return 'X';
            case '\uFF58':
                return 'x';
            case '\uFF0B':
                return '+';
            case '\uFF0E', '\u00B7', '\u30FB', '\u2022', '\u2027', '\uFF65', '\u2024':
                return '.';
            case '\uFF0F', '\u2215', '\u2044', '\uFF3C':
                return '/';
            case '\uFF3F':
                return '_';
            case '\u00AD':
                return 0;
            default:
                break;
        }
        int type = Character.getType(c);
        if (type == Character.DASH_PUNCTUATION || c == '\u2212' || c == '\uFE63') {
            return '-';
        }
        if (type == Character.SPACE_SEPARATOR) {
            return ' ';
        }
        if (type == Character.FORMAT) {
            return 0;
        }
        return c;
    }
}

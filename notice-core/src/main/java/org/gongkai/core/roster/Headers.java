package org.gongkai.core.roster;

/** Header text as compared: spaces and invisible marks dropped, half-width brackets read as full-width. */
final class Headers {

    private Headers() {
    }

    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(header.length());
        header.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\uFEFF' || cp == '\u200B') {
                return;
            }
            out.appendCodePoint(switch (cp) {
                case '(' -> '（';
                case ')' -> '）';
                default -> cp;
            });
        });
        return out.toString();
    }
}

package org.gongkai.core.roster;

import java.util.regex.Pattern;
import org.gongkai.core.privacy.ColumnKind;

/**
 * Cells a spreadsheet would run (OWASP, CSV injection): text starting with {@code = + - @}, a tab or a carriage
 * return is written with a leading apostrophe, so Excel and WPS show it as text. A value that is only a number in a
 * numeric column ({@code -12.5} as an amount) stays as it is: a spreadsheet reads it as that number, nothing else.
 */
final class FormulaCells {

    private static final String TRIGGERS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private FormulaCells() {
    }

    static String neutral(ColumnKind kind, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (numeric(kind) && PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return startsFormula(text) ? "'" + text : text;
    }

    /** The first character, or (for programs that trim a cell before reading it) the first after leading blanks. */
    private static boolean startsFormula(String text) {
        if (TRIGGERS.indexOf(text.charAt(0)) >= 0) {
            return true;
        }
        String trimmed = text.strip();
        return !trimmed.isEmpty() && TRIGGERS.indexOf(trimmed.charAt(0)) >= 0;
    }

    private static boolean numeric(ColumnKind kind) {
        return kind == ColumnKind.INTEGER || kind == ColumnKind.DECIMAL;
    }
}

package org.gongkai.api.privacy;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The last filter on a public response: any ID or mobile number that slipped past the privacy gate (a record written
 * around it, a bug) is masked in the text before it leaves. Only text bodies are read (JSON, XML and Atom, HTML,
 * CSV, plain text), as UTF-8; anything else passes as it is. Each web stack wraps this in its own response filter.
 */
public final class PublicResponseGuard {

    /** What the guard did to one body: the body to send and how many numbers it masked (0: the body as given). */
    public record Guarded(byte[] body, int masked) {
    }

    /** What the guard did to one text (a spreadsheet cell, a file name): the text to write and how many it masked. */
    public record GuardedText(String text, int masked) {
    }

    private static final int MOBILE_DIGITS = 11;

    private PublicResponseGuard() {
    }

    public static boolean readsText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.contains("json") || type.contains("xml") || type.startsWith("text/");
    }

    public static Guarded guard(byte[] body) {
        GuardedText guarded = guardText(new String(body, StandardCharsets.UTF_8));
        if (guarded.masked() == 0) {
            return new Guarded(body, 0);
        }
        return new Guarded(guarded.text().getBytes(StandardCharsets.UTF_8), guarded.masked());
    }

    /**
     * The same guard for text that goes out inside a body this filter cannot read (a cell of an XLSX, which is a
     * zip): every ID and mobile number masked.
     */
    public static GuardedText guardText(String text) {
        if (text == null || fewerDigitsThanAnyNumber(text)) {
            return new GuardedText(text, 0);
        }
        List<PersonalNumbers.Found> found = PersonalNumbers.find(text).stream()
                .filter(f -> f.kind() != PersonalNumbers.Kind.BANK_CARD).toList();
        if (found.isEmpty()) {
            return new GuardedText(text, 0);
        }
        return new GuardedText(PersonalNumbers.mask(text, found), found.size());
    }

    /** The shortest number the guard masks, a mobile, has 11 digits (in any digit form): a cheap first look. */
    private static boolean fewerDigitsThanAnyNumber(String text) {
        int digits = 0;
        for (int i = 0; i < text.length() && digits < MOBILE_DIGITS; i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        return digits < MOBILE_DIGITS;
    }

    /** A header value (a file name in Content-Disposition) with every number in it masked. */
    public static String guardHeader(String value) {
        return value == null ? null : PersonalNumbers.mask(value);
    }
}

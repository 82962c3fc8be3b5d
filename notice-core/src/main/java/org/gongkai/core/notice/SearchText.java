package org.gongkai.core.notice;

import java.util.Locale;

/** The text a keyword search matches: title and body, tags stripped, lower-cased, whitespace folded. */
public final class SearchText {

    private SearchText() {
    }

    public static String of(String title, String body) {
        String text = (title == null ? "" : title) + " " + (body == null ? "" : body.replaceAll("<[^>]*>", " "));
        return text.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}

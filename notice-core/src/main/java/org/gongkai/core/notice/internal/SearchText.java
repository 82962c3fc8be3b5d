package org.gongkai.core.notice.internal;

import java.util.Locale;
import org.gongkai.core.content.HtmlText;

/** The text a keyword search matches: title and body, as plain text, lower-cased. */
public final class SearchText {

    private SearchText() {
    }

    public static String of(String title, String body) {
        String text = (title == null ? "" : title) + " " + HtmlText.plain(body);
        return text.trim().toLowerCase(Locale.ROOT);
    }
}

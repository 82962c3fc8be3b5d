package org.gongkai.core.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Reduces author HTML to the few structural elements a notice needs. Everything else (scripts, styles, event
 * handlers, frames, images, non-http links) is dropped; links get {@code rel="nofollow noopener"}.
 */
public final class HtmlSanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h2", "h3", "h4",
                    "table", "thead", "tbody", "tr", "th", "td", "blockquote", "a")
            .allowAttributes("colspan", "rowspan").matching(true, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10")
            .onElements("th", "td")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private HtmlSanitizer() {
    }

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}

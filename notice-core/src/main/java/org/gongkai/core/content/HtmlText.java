package org.gongkai.core.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable text of a sanitized body: tags dropped, character references decoded (the sanitizer writes
 * full-width punctuation as {@code &#xff0c;}), whitespace folded. Used for summaries and keyword search.
 */
public final class HtmlText {

    private static final Pattern REFERENCE = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");

    private HtmlText() {
    }

    public static String plain(String html) {
        if (html == null) {
            return "";
        }
        String text = html.replaceAll("<[^>]*>", " ");
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1))));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").trim();
    }

    private static String decode(String ref) {
        return switch (ref) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> new String(Character.toChars(ref.startsWith("#x")
                    ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1))));
        };
    }
}

package org.gongkai.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.api.privacy.PersonalNumbers;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds unmasked resident ID numbers, mobile numbers and bank card numbers in text fields before a notice is released.
 * HTML markup is reduced to its text and attribute values (a number in an {@code href} is published too); what a
 * number is, in whatever digits and separators it is written, is {@link PersonalNumbers}'s to say.
 */
public final class PrivacyScanner {

    private static final int CONTEXT = 12;


    private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    // Inline markup inside a number ("138<b>0013</b>8000") renders as one run of digits, so it leaves no gap.
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "font", "i",
            "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "u", "var", "wbr");
    private static final Pattern DECLARATION = Pattern.compile("<![^>]*>|<\\?[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");

    private PrivacyScanner() {
    }

    /** Every hit in every field, ordered by path (numbers in paths compare as numbers), then by position. */
    public static List<PrivacyHit> scan(Map<String, String> fieldsByPath) {
        List<PrivacyHit> hits = new ArrayList<>();
        fieldsByPath.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .sorted(Map.Entry.comparingByKey(PrivacyScanner::comparePaths))
                .forEach(e -> hits.addAll(scanField(e.getKey(), e.getValue())));
        return List.copyOf(hits);
    }

    /** The hits in one field. */
    public static List<PrivacyHit> scan(String path, String value) {
        return value == null ? List.of() : scanField(path, value);
    }

    private static List<PrivacyHit> scanField(String path, String value) {
        String text = SPACES.matcher(decodeEntities(stripMarkup(value))).replaceAll(" ");
        List<PersonalNumbers.Found> found = PersonalNumbers.find(text);
        if (found.isEmpty()) {
            return List.of();
        }
        String masked = PersonalNumbers.mask(text);
        List<PrivacyHit> hits = new ArrayList<>(found.size());
        for (PersonalNumbers.Found number : found) {
            hits.add(new PrivacyHit(path, number.kind().name(), excerpt(masked, number)));
        }
        return hits;
    }

    private static String excerpt(String masked, PersonalNumbers.Found number) {
        int from = Math.max(0, number.start() - CONTEXT);
        int to = Math.min(masked.length(), number.end() + CONTEXT);
        String window = WHITESPACE.matcher(masked.substring(from, to)).replaceAll(" ").strip();
        return (from > 0 ? "…" : "") + window + (to < masked.length() ? "…" : "");
    }

    private static String stripMarkup(String html) {
        String text = html.replace("<!--", " ").replace("-->", " ");
        text = DECLARATION.matcher(text).replaceAll(" ");
        return TAG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(tagReplacement(m.group(1), m.group(2))));
    }

    // Attribute values stay: a number in an href is published as surely as one in the text.
    private static String tagReplacement(String name, String attributes) {
        if (!attributes.isBlank()) {
            return " " + attributes + " ";
        }
        return INLINE.contains(name.toLowerCase(Locale.ROOT)) ? "" : " ";
    }

    private static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(decodeEntity(m.group(1), m.group())));
    }

    private static String decodeEntity(String body, String original) {
        if (body.startsWith("#")) {
            boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
            int codePoint = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : " ";
        }
        return switch (body) {
            case "nbsp", "ensp", "emsp", "thinsp" -> " ";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "ndash", "mdash", "minus", "hyphen" -> "-";
            default -> original;
        };
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Natural order: {@code rows[2]} before {@code rows[10]}. */
    static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int ei = digitRunEnd(a, i);
                int ej = digitRunEnd(b, j);
                int cmp = compareDigitRuns(a.substring(i, ei), b.substring(j, ej));
                if (cmp != 0) {
                    return cmp;
                }
                i = ei;
                j = ej;
            } else if (ca != cb) {
                return Character.compare(ca, cb);
            } else {
                i++;
                j++;
            }
        }
        int cmp = Integer.compare(a.length() - i, b.length() - j);
        return cmp != 0 ? cmp : a.compareTo(b);
    }

    private static int digitRunEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int compareDigitRuns(String x, String y) {
        String a = x.replaceFirst("^0+(?=.)", "");
        String b = y.replaceFirst("^0+(?=.)", "");
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}

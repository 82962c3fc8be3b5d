package org.gongkai.core.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds unmasked resident ID numbers and mainland mobile numbers in text fields before a notice is released.
 * HTML markup is reduced to its text and attribute values (a number in an {@code href} is published too), and
 * full-width characters are normalised, so that neither hides a number.
 */
public final class PrivacyScanner {

    private static final int CONTEXT = 12;

    // A number glued to more digits (a bank account, an order number) is something else.
    private static final Pattern ID_NUMBER =
            Pattern.compile("(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9Xx])");
    private static final Pattern MOBILE =
            Pattern.compile("(?<![0-9])(?:(?:\\+|00)86[ -]?)?(1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4})(?![0-9])");

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
        String text = SPACES.matcher(normalise(decodeEntities(stripMarkup(value)))).replaceAll(" ");
        List<Span> spans = findSpans(text);
        if (spans.isEmpty()) {
            return List.of();
        }
        String masked = maskAll(text, spans);
        List<PrivacyHit> hits = new ArrayList<>(spans.size());
        for (Span span : spans) {
            hits.add(new PrivacyHit(path, span.kind(), excerpt(masked, span)));
        }
        return hits;
    }

    private record Span(String kind, int start, int end, int numberStart) {
    }

    private static List<Span> findSpans(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher id = ID_NUMBER.matcher(text);
        while (id.find()) {
            spans.add(new Span(PrivacyHit.ID_NUMBER, id.start(), id.end(), id.start()));
        }
        Matcher mobile = MOBILE.matcher(text);
        while (mobile.find()) {
            if (isSeparated(mobile.group(1)) && continuesAnotherNumber(text, mobile.start(), mobile.end())) {
                continue;
            }
            spans.add(new Span(PrivacyHit.MOBILE, mobile.start(), mobile.end(), mobile.start(1)));
        }
        spans.sort(Comparator.comparingInt(Span::start));
        List<Span> disjoint = new ArrayList<>();
        int lastEnd = -1;
        for (Span span : spans) {
            if (span.start() >= lastEnd) {
                disjoint.add(span);
                lastEnd = span.end();
            }
        }
        return disjoint;
    }

    private static boolean isSeparated(String number) {
        return number.indexOf(' ') >= 0 || number.indexOf('-') >= 0;
    }

    // "6222 138 0013 8000 12" is grouped digits of a longer number, not a phone number.
    private static boolean continuesAnotherNumber(String text, int start, int end) {
        boolean before = start >= 2 && isSeparator(text.charAt(start - 1)) && isDigit(text.charAt(start - 2));
        boolean after = end + 1 < text.length() && isSeparator(text.charAt(end)) && isDigit(text.charAt(end + 1));
        return before || after;
    }

    private static String maskAll(String text, List<Span> spans) {
        StringBuilder out = new StringBuilder(text);
        for (Span span : spans) {
            String number = text.substring(span.numberStart(), span.end());
            String masked = PrivacyHit.ID_NUMBER.equals(span.kind())
                    ? maskMiddle(number, 4, number.length() == 15 ? 3 : 4)
                    : maskMiddle(number, 3, 4);
            out.replace(span.numberStart(), span.end(), masked);
        }
        return out.toString();
    }

    /** Stars every digit but the first {@code keepFirst} and last {@code keepLast}; separators stay put. */
    private static String maskMiddle(String number, int keepFirst, int keepLast) {
        int total = 0;
        for (int i = 0; i < number.length(); i++) {
            total += isSeparator(number.charAt(i)) ? 0 : 1;
        }
        StringBuilder out = new StringBuilder(number.length());
        int seen = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (isSeparator(c)) {
                out.append(c);
                continue;
            }
            out.append(seen < keepFirst || seen >= total - keepLast ? c : '*');
            seen++;
        }
        return out.toString();
    }

    private static String excerpt(String masked, Span span) {
        int from = Math.max(0, span.start() - CONTEXT);
        int to = Math.min(masked.length(), span.end() + CONTEXT);
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

    /** Full-width digits, X, plus, dashes and spaces become their ASCII forms; zero-width characters go. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19') {
                out.append((char) ('0' + (c - '\uFF10')));
            } else if (c == '\uFF38' || c == '\uFF58') {
                out.append(c == '\uFF38' ? 'X' : 'x');
            } else if (c == '\uFF0B') {
                out.append('+');
            } else if (c == '\uFF0D' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212') {
                out.append('-');
            } else if (c == '\u3000' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A')) {
                out.append(' ');
            } else if ((c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF') {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-';
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

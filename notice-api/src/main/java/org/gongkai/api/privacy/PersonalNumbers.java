package org.gongkai.api.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds and masks the personal numbers people really write: resident ID numbers (18 digits, check digit right or
 * wrong, and the old 15-digit form), mainland mobile numbers with or without +86 / 0086, and bank card numbers, in
 * any digit form (full-width, other Unicode digits) and with any spaces, dashes, dots, slashes or invisible
 * characters between their digit groups. The privacy scan, the roster masking, the household lookup and the last
 * filter on public responses all go through here, so they can never disagree about what a number is.
 *
 * <p>Digit groups joined by up to three separator characters form a chain. A chain that is as a whole one number
 * is that number ("6217 1380 0138 0001 12" is one card, not a card with a mobile inside); otherwise each run of
 * whole groups that is a number counts ("2026-01-30 13800138000" holds a mobile). A digit run glued to Latin
 * letters (a digest, a file code) is not a person's number.
 */
public final class PersonalNumbers {

    /** What a number is. */
    public enum Kind { ID_NUMBER, MOBILE, BANK_CARD }

    /** A number found in a text: {@code [start, end)} in the text as given. */
    public record Found(Kind kind, int start, int end) {
    }

    private static final Pattern ID_18 = Pattern.compile(
            "[1-8][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9X]");
    private static final Pattern ID_15 = Pattern.compile(
            "[1-8][0-9]{5}[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}");
    private static final Pattern MOBILE = Pattern.compile("(?:0086|86)?1[3-9][0-9]{9}");
    private static final Pattern CARD = Pattern.compile("[3-6][0-9]{15,18}");
    private static final int MAX_SEPARATORS = 3;
    private static final int MAX_DIGITS = 19 + 4;

    private PersonalNumbers() {
    }

    /** Every number in {@code text}, in order, none overlapping. */
    public static List<Found> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Normalised n = Normalised.of(text);
        List<Group> groups = groups(n.text());
        List<Candidate> candidates = new ArrayList<>();
        int chainStart = 0;
        for (int i = 1; i <= groups.size(); i++) {
            if (i == groups.size() || !joined(n.text(), groups.get(i - 1), groups.get(i))) {
                chain(groups.subList(chainStart, i), candidates);
                chainStart = i;
            }
        }
        return pick(candidates, n);
    }

    /** {@code text} with the digits of every number starred: an ID keeps 4 + 4 (old form 4 + 3), a mobile 3 + 4, a card its last 4. */
    public static String mask(String text) {
        return mask(text, find(text));
    }

    /** {@code text} with the digits of these numbers (found in it by {@link #find}) starred. */
    public static String mask(String text, List<Found> found) {
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (Found f : found) {
            maskSpan(text, out, f);
        }
        return out.toString();
    }

    /** Whether {@code text} holds any number of these kinds. */
    public static boolean contains(String text, Kind... kinds) {
        List<Kind> wanted = List.of(kinds);
        return find(text).stream().anyMatch(f -> wanted.isEmpty() || wanted.contains(f.kind()));
    }

    /**
     * The compared and stored form of one number: ASCII digits only, every separator and invisible character gone,
     * a trailing x upper-cased ("２３０２ ０２１９…x" → "2302 0219…X" → "23020219…X"). Letters other than a final X stay, so
     * a value that is not a number still reads as what it was.
     */
    public static String canonical(String value) {
        if (value == null) {
            return null;
        }
        String text = Normalised.of(value.strip()).text();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSeparator(c)) {
                out.append(c == 'x' && i == text.length() - 1 ? 'X' : c);
            }
        }
        return out.toString();
    }

    private record Group(int start, int end, String digits) {
    }

    private record Candidate(Kind kind, int start, int end, int prefixDigits) {
    }

    /** Maximal digit runs (with a final X where an ID could end), not glued to Latin letters. */
    private static List<Group> groups(String text) {
        List<Group> groups = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
            int end = i;
            if (end < text.length() && (text.charAt(end) == 'X' || text.charAt(end) == 'x')
                    && !(end + 1 < text.length() && isLetterOrDigit(text.charAt(end + 1)))) {
                end++;
                i++;
            }
            boolean glued = start > 0 && isLatin(text.charAt(start - 1)) || end < text.length() && isLatin(text.charAt(end));
            if (!glued) {
                groups.add(new Group(start, end, text.substring(start, end).toUpperCase(java.util.Locale.ROOT)));
            }
        }
        return groups;
    }

    private static boolean joined(String text, Group left, Group right) {
        int gap = right.start() - left.end();
        if (gap < 1 || gap > MAX_SEPARATORS || left.digits().endsWith("X")) {
            return false;
        }
        for (int i = left.end(); i < right.start(); i++) {
            if (!isSeparator(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void chain(List<Group> chain, List<Candidate> out) {
        Candidate whole = classify(chain);
        if (whole != null) {
            out.add(whole);
            return;
        }
        for (int from = 0; from < chain.size(); from++) {
            int digits = 0;
            for (int to = from; to < chain.size(); to++) {
                digits += chain.get(to).digits().length();
                if (digits > MAX_DIGITS) {
                    break;
                }
                if (from == 0 && to == chain.size() - 1) {
                    continue;
                }
                Candidate part = classify(chain.subList(from, to + 1));
                if (part != null) {
                    out.add(part);
                }
            }
        }
    }

    private static Candidate classify(List<Group> groups) {
        StringBuilder joined = new StringBuilder();
        for (Group g : groups) {
            joined.append(g.digits());
            if (joined.length() > MAX_DIGITS) {
                return null;
            }
        }
        String s = joined.toString();
        int start = groups.get(0).start();
        int end = groups.get(groups.size() - 1).end();
        if (ID_18.matcher(s).matches() || ID_15.matcher(s).matches()) {
            return new Candidate(Kind.ID_NUMBER, start, end, 0);
        }
        if (s.indexOf('X') >= 0) {
            return null;
        }
        if (MOBILE.matcher(s).matches()) {
            return new Candidate(Kind.MOBILE, start, end, s.length() - 11);
        }
        if (CARD.matcher(s).matches()) {
            return new Candidate(Kind.BANK_CARD, start, end, 0);
        }
        return null;
    }

    /** IDs first, then mobiles, then cards; a later kind never overlaps an earlier one. */
    private static List<Found> pick(List<Candidate> candidates, Normalised n) {
        candidates.sort(Comparator.comparing(Candidate::kind).thenComparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed()));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            if (chosen.stream().noneMatch(o -> c.start() < o.end() && o.start() < c.end())) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        List<Found> found = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            found.add(new Found(c.kind(), n.origin(c.start()), n.origin(c.end() - 1) + 1));
        }
        return found;
    }

    private static void maskSpan(String text, StringBuilder out, Found f) {
        List<Integer> positions = new ArrayList<>();
        for (int i = f.start(); i < f.end(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58') {
                positions.add(i);
            }
        }
        int total = positions.size();
        int keepFirst;
        int keepLast;
        switch (f.kind()) {
            case ID_NUMBER -> {
                keepFirst = 4;
                keepLast = total == 15 ? 3 : 4;
            }
            case MOBILE -> {
                keepFirst = total - 11 + 3;
                keepLast = 4;
            }
            default -> {
                keepFirst = 0;
                keepLast = 4;
            }
        }
        for (int k = keepFirst; k < total - keepLast; k++) {
            out.setCharAt(positions.get(k), '*');
        }
    }

    /** Spaces, dashes, dots, slashes and underscores, in their ASCII form (after {@link Normalised}). */
    static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '/' || c == '_';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isLetterOrDigit(char c) {
        return isLatin(c) || isDigit(c);
    }
}

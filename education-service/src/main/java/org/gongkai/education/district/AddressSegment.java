package org.gongkai.education.district;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One address segment of a school district, as school district notices write them: a whole street ("卜奎大街"),
 * a house-number range ("龙华路1-199号"), or the odd or even side of one ("龙华路单号1-99号").
 */
public record AddressSegment(String street, Integer from, Integer to, Side side) {

    /** Which house numbers of the range belong to the segment. */
    public enum Side { ALL, ODD, EVEN }

    private static final Pattern RANGE = Pattern.compile("^(.+?)(?:[（(])?(单号|双号)?(\\d+)[-—–~～至到](\\d+)号(?:[）)])?$");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("^(\\d+)号");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** The segment, or empty when the text has digits but is not a range this parser understands. */
    public static Optional<AddressSegment> parse(String text) {
        String value = normalise(text);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = RANGE.matcher(value);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(3));
            int to = Integer.parseInt(m.group(4));
            if (from > to || DIGIT.matcher(m.group(1)).find()) {
                return Optional.empty();
            }
            Side side = m.group(2) == null ? Side.ALL : "单号".equals(m.group(2)) ? Side.ODD : Side.EVEN;
            return Optional.of(new AddressSegment(m.group(1), from, to, side));
        }
        if (DIGIT.matcher(value).find()) {
            return Optional.empty();
        }
        return Optional.of(new AddressSegment(value, null, null, Side.ALL));
    }

    /**
     * True when the (normalised) address names this street and, for a range, a house number on it within the
     * range: "龙沙区龙华路88号3单元" is on "龙华路1-199号"; "龙华路" alone is not, because its number is unknown.
     */
    public boolean covers(String address) {
        int at = address.indexOf(street);
        while (at >= 0) {
            if (from == null) {
                return true;
            }
            Matcher number = HOUSE_NUMBER.matcher(address.substring(at + street.length()));
            if (number.find() && inRange(Integer.parseInt(number.group(1)))) {
                return true;
            }
            at = address.indexOf(street, at + 1);
        }
        return false;
    }

    private boolean inRange(int n) {
        boolean sideOk = switch (side) {
            case ALL -> true;
            case ODD -> n % 2 == 1;
            case EVEN -> n % 2 == 0;
        };
        return sideOk && n >= from && n <= to;
    }

    /** Full-width digits and brackets as ASCII, spaces dropped: how both segments and queries are compared. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\u00A0\u3000]", "");
    }
}

package org.gongkai.core.privacy;

import java.util.List;
import org.gongkai.api.privacy.PersonalNumbers;

/** How one value is de-identified for the public. */
public enum MaskRule {
    /** Shown as it is. */
    SHOW,
    /** 李小明 → 李*明, 欧阳娜娜 → 欧**娜, 王五 → 王*. */
    NAME_STAR_SECOND,
    /** 230202198001010012 → 2302**********0012. */
    ID_KEEP_4_4,
    /** Mobile 18012341999 → 180****1999; a landline keeps only its last 4 digits. */
    MOBILE_3_4,
    /** Every digit but the last 4 starred, length kept. */
    BANK_LAST_4,
    /** Kept up to the first 村/社区/街道/镇/乡, then ***. */
    ADDRESS_TO_VILLAGE,
    /** The column is left out of public rows. */
    HIDE;

    private static final List<String> ADDRESS_MARKERS = List.of("村", "社区", "街道", "镇", "乡");
    private static final String MASK = "***";

    /** The public form of {@code raw}; null for {@link #HIDE} and for a null value. */
    public String apply(String raw) {
        if (this == HIDE || raw == null) {
            return null;
        }
        if (this == SHOW) {
            return raw;
        }
        String value = this == NAME_STAR_SECOND || this == ADDRESS_TO_VILLAGE ? raw.strip()
                : PersonalNumbers.canonical(raw);
        if (value.isEmpty()) {
            return value;
        }
        return switch (this) {
            case NAME_STAR_SECOND -> maskName(value);
            case ID_KEEP_4_4 -> keepEnds(value, 4, 4);
            case MOBILE_3_4 -> maskPhone(value);
            case BANK_LAST_4 -> keepEnds(digitsOnly(value), 0, 4);
            case ADDRESS_TO_VILLAGE -> maskAddress(value);
            case SHOW, HIDE -> throw new IllegalStateException(name());
        };
    }

    private static String maskName(String name) {
        int[] cps = name.codePoints().toArray();
        if (cps.length == 1) {
            return "*";
        }
        if (cps.length == 2) {
            return new String(cps, 0, 1) + "*";
        }
        return new String(cps, 0, 1) + "*".repeat(cps.length - 2) + new String(cps, cps.length - 1, 1);
    }

    private static String maskPhone(String phone) {
        String digits = digitsOnly(phone);
        if (digits.length() == 13 && digits.startsWith("861")) {
            digits = digits.substring(2);
        }
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            return digits.substring(0, 3) + "****" + digits.substring(7);
        }
        return keepEnds(digits, 0, 4);
    }

    /** Stars every character but the first {@code head} and last {@code tail}; too short a value is all stars. */
    private static String keepEnds(String value, int head, int tail) {
        int length = value.length();
        if (length <= head + tail) {
            return "*".repeat(Math.max(length, 4));
        }
        return value.substring(0, head) + "*".repeat(length - head - tail) + value.substring(length - tail);
    }

    private static String maskAddress(String address) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (String marker : ADDRESS_MARKERS) {
            int at = address.indexOf(marker);
            if (at >= 0 && at < start) {
                start = at;
                end = at + marker.length();
            }
        }
        return end < 0 ? MASK : address.substring(0, end) + MASK;
    }

    private static String digitsOnly(String value) {
        StringBuilder digits = new StringBuilder(value.length());
        value.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
        return digits.toString();
    }
}

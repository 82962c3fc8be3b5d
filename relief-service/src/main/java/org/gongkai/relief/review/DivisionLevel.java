package org.gongkai.relief.review;

import java.util.Optional;

/**
 * The levels of the relief review chain, read from a 统计用区划代码: a village committee's token carries the
 * 12-digit village code, a street office's the 9-digit street prefix, the civil-affairs bureau's the 6-digit county.
 */
public enum DivisionLevel {
    VILLAGE(12, "村（社区）"),
    STREET(9, "街道（乡镇）"),
    COUNTY(6, "区（县）");

    private final int digits;
    private final String displayName;

    DivisionLevel(int digits, String displayName) {
        this.digits = digits;
        this.displayName = displayName;
    }

    public int digits() {
        return digits;
    }

    public String displayName() {
        return displayName;
    }

    /** The level of a token's region claim, by its length; empty when it is not a plain 6-, 9- or 12-digit code. */
    public static Optional<DivisionLevel> ofRegion(String region) {
        if (region == null || !region.matches("\\d+")) {
            return Optional.empty();
        }
        for (DivisionLevel level : values()) {
            if (level.digits == region.length()) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** A full 12-digit code of a village (or community): its township and village parts are both given. */
    public static boolean isVillage(String code) {
        return code != null && code.matches("\\d{12}") && !code.substring(6, 9).equals("000")
                && !code.substring(9).equals("000");
    }
}

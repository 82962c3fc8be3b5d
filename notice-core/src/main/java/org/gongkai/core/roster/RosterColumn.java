package org.gongkai.core.roster;

import org.gongkai.core.privacy.ColumnKind;

/**
 * One column of a roster: its stable key (used in stored rows), its Chinese header (matched against uploads),
 * what it holds, whether it must be filled, and an optional maximum length in characters.
 */
public record RosterColumn(String key, String header, ColumnKind kind, boolean required, Integer maxLength) {

    public RosterColumn {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("roster column key must not be blank");
        }
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException("roster column " + key + " needs a header");
        }
        if (kind == null) {
            throw new IllegalArgumentException("roster column " + key + " needs a kind");
        }
        if (maxLength != null && maxLength < 1) {
            throw new IllegalArgumentException("roster column " + key + " has maxLength " + maxLength);
        }
        header = header.strip();
    }

    public static RosterColumn required(String key, String header, ColumnKind kind) {
        return new RosterColumn(key, header, kind, true, null);
    }

    public static RosterColumn optional(String key, String header, ColumnKind kind) {
        return new RosterColumn(key, header, kind, false, null);
    }
}

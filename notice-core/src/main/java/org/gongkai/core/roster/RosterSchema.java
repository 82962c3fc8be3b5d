package org.gongkai.core.roster;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of one roster type, in template order. Keys and headers are unique. {@code maxRows}: this type's
 * row limit when it differs from {@code gongkai.roster.max-rows} (null: that one).
 */
public record RosterSchema(String type, String title, List<RosterColumn> columns, Integer maxRows) {

    public RosterSchema {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("roster schema needs a type");
        }
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("roster schema " + type + " has no columns");
        }
        columns = List.copyOf(columns);
        Set<String> keys = new HashSet<>();
        Set<String> headers = new HashSet<>();
        for (RosterColumn column : columns) {
            if (!keys.add(column.key())) {
                throw new IllegalArgumentException("roster schema " + type + " repeats key " + column.key());
            }
            if (!headers.add(Headers.normalise(column.header()))) {
                throw new IllegalArgumentException("roster schema " + type + " repeats header " + column.header());
            }
        }
        title = title == null || title.isBlank() ? type : title;
        if (maxRows != null && maxRows < 1) {
            throw new IllegalArgumentException("roster schema " + type + " has max-rows " + maxRows);
        }
    }

    public Optional<RosterColumn> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}

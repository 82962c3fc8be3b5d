package org.gongkai.core.roster;

import java.util.Map;

/** A valid data row: its 1-based file line and its normalised values keyed by column key, in schema order. */
record ParsedRow(int line, Map<String, String> values) {
}

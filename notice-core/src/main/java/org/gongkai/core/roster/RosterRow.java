package org.gongkai.core.roster;

import java.util.Map;

/** One roster line as the public may see it: the source line it came from and its de-identified values. */
public record RosterRow(int line, Map<String, String> values) {
}

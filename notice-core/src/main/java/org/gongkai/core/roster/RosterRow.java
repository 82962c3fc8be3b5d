package org.gongkai.core.roster;

import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One roster line: the de-identified values the public may see, and the raw values sealed for the department. */
@Document("roster_rows")
public record RosterRow(@Id String id, String uploadId, int line, Map<String, String> values, String sealed) {
}

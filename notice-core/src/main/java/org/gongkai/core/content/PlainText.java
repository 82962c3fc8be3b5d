package org.gongkai.core.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.api.problem.FieldProblem;

/**
 * Plain-text fields (a title, every payload value, a withdrawal or objection reason) stay plain text: markup in them
 * is refused with a field problem rather than stored. Only {@code body} is HTML, and it is sanitized. Refusing is
 * chosen over escaping because these values leave the suite in JSON, Atom, PDF and other systems' pages, and
 * escaping would have to be right in every one of them; a value that never holds markup is safe in all.
 */
public final class PlainText {

    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*/?\\s*[a-zA-Z!?]|&#?[a-zA-Z0-9]{1,10};|(?i:(?:java|vb)script\\s*:)|(?i:(?<![a-z])on[a-z]{3,20}\\s*=)"
                    + "|(?i:data\\s*:\\s*text/html)");
    private static final int SHOWN = 20;

    private PlainText() {
    }

    /** The first piece of markup in {@code value}, if any. */
    public static Optional<String> markupIn(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = MARKUP.matcher(value);
        if (!m.find()) {
            return Optional.empty();
        }
        int end = Math.min(value.length(), m.start() + SHOWN);
        return Optional.of(value.substring(m.start(), end));
    }

    /** A problem for every string under {@code path} (maps and lists walked) that holds markup. */
    public static List<FieldProblem> problems(String path, Object value) {
        List<FieldProblem> problems = new ArrayList<>();
        walk(path, value, problems);
        return problems;
    }

    private static void walk(String path, Object value, List<FieldProblem> problems) {
        if (value instanceof String text) {
            markupIn(text).ifPresent(found -> problems.add(FieldProblem.of(path,
                    "此项为纯文本，不能包含HTML标记、字符实体或脚本（发现「" + found + "」）")));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(path + "." + key, item, problems));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + "]", list.get(i), problems);
            }
        }
    }
}

package org.gongkai.api.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Thrown by any layer to answer with an RFC 9457 problem; carries every field problem, not just the first. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldProblem> errors;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldProblem> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what);
    }

    public static ProblemException invalid(List<FieldProblem> errors) {
        return new ProblemException(ProblemType.VALIDATION, "共有" + errors.size() + "处问题，请逐项修改", errors);
    }

    /** The member that also becomes a {@code Retry-After} header. */
    public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

    /** An extra member of the problem body (a count, a link, the id to quote). */
    public ProblemException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** Asks the client to wait before trying again: a body member and the {@code Retry-After} header. */
    public ProblemException retryAfter(long seconds) {
        return with(RETRY_AFTER_SECONDS, seconds);
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}

package org.gongkai.gateway.problem;

import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The gateway's problem bodies, of the types and titles in notice-api's {@link ProblemType}. */
public final class GatewayProblems {

    /** Seconds a client should wait before retrying a sector that is down (sent as Retry-After). */
    public static final long RETRY_AFTER_SECONDS = 30;

    private GatewayProblems() {
    }

    /** A sector that did not answer: 503 with the sector's name and a Retry-After. */
    public static ProblemException sectorUnavailable(String sector, String detail) {
        return new ProblemException(ProblemType.SECTOR_UNAVAILABLE, detail).with("sector", sector)
                .retryAfter(RETRY_AFTER_SECONDS);
    }

    public static ProblemDetail internal() {
        return of(ProblemType.INTERNAL, "网关内部错误，请稍后重试");
    }

    /** The body of a problem: its type, detail, every field problem and its extra members. */
    public static ProblemDetail of(ProblemException error) {
        ProblemDetail problem = of(error.type(), error.getMessage());
        if (!error.errors().isEmpty()) {
            problem.setProperty("errors", error.errors());
        }
        error.properties().forEach(problem::setProperty);
        return problem;
    }

    public static ProblemDetail of(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(type.status()), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    /** The {@code Retry-After} value a problem asks for, or null. */
    public static String retryAfter(ProblemException error) {
        Object seconds = error.properties().get(ProblemException.RETRY_AFTER_SECONDS);
        return seconds == null ? null : seconds.toString();
    }
}

package org.gongkai.gateway.problem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;

/** Carries a finished problem body (and any headers such as Retry-After) to {@link ProblemWebExceptionHandler}. */
public class ProblemException extends RuntimeException {

    private final transient ProblemDetail problem;
    private final transient HttpHeaders headers;

    public ProblemException(ProblemDetail problem) {
        this(problem, HttpHeaders.EMPTY);
    }

    public ProblemException(ProblemDetail problem, HttpHeaders headers) {
        super(problem.getDetail(), null, false, false);
        this.problem = problem;
        this.headers = headers;
    }

    public ProblemDetail problem() {
        return problem;
    }

    public HttpHeaders headers() {
        return headers;
    }
}

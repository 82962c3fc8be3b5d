package org.gongkai.gateway.problem;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The gateway's problem bodies; type URIs and titles match the sector services' for the same kind of error. */
public final class GatewayProblems {

    public static final String BASE = "https://gongkai.example/problems/";
    public static final String SECTOR_UNAVAILABLE_TITLE = "该板块暂时无法访问";
    /** Seconds a client should wait before retrying a sector that is down (sent as Retry-After). */
    public static final long RETRY_AFTER_SECONDS = 30;

    private GatewayProblems() {
    }

    public static ProblemDetail validation(List<FieldProblem> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "validation", "请求内容有误",
                "共有" + errors.size() + "处问题，请逐项修改");
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail notFound(String detail) {
        return of(HttpStatus.NOT_FOUND, "not-found", "未找到", detail);
    }

    public static ProblemDetail sectorUnavailable(String sector, String detail) {
        ProblemDetail problem = of(HttpStatus.SERVICE_UNAVAILABLE, "sector-unavailable", SECTOR_UNAVAILABLE_TITLE,
                detail);
        problem.setProperty("sector", sector);
        return problem;
    }

    public static ProblemDetail internal() {
        return of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "服务内部错误", "网关内部错误，请稍后重试");
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(BASE + slug));
        problem.setTitle(title);
        return problem;
    }
}

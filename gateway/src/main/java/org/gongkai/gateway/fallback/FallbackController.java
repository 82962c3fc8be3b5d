package org.gongkai.gateway.fallback;

import java.net.ConnectException;
import java.net.URI;
import java.util.Set;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.swagger.v3.oas.annotations.Hidden;

import org.gongkai.gateway.portal.PortalProperties;
import org.gongkai.gateway.problem.GatewayProblems;
import org.gongkai.gateway.route.RequestPathFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker forwards when its sector cannot answer. The forward keeps the request's method,
 * so this answers every method: a write must learn that it failed, never get a 405.
 */
@Hidden
@RestController
public class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final PortalProperties portal;

    public FallbackController(PortalProperties portal) {
        this.portal = portal;
    }

    @RequestMapping("/fallback/{sector}")
    public ResponseEntity<ProblemDetail> fallback(@PathVariable String sector, ServerWebExchange exchange) {
        HttpMethod method = exchange.getRequest().getMethod();
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        log.warn("route to sector {} failed for {} {}: {}", sector, method, originalPath(exchange), String.valueOf(cause));
        ProblemDetail problem = READS.contains(method) ? readFailed(sector) : writeFailed(sector, cause);
        problem.setInstance(originalPath(exchange));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(GatewayProblems.RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private ProblemDetail readFailed(String sector) {
        return GatewayProblems.of(GatewayProblems.sectorUnavailable(sector,
                "「" + titleOf(sector) + "」板块暂时无法访问，请稍后再试"));
    }

    /**
     * Only a request that never reached the sector (refused connection, open breaker) is certainly not applied;
     * after a timeout the sector may have done the work, and saying otherwise would invite a duplicate.
     */
    private ProblemDetail writeFailed(String sector, Throwable cause) {
        boolean neverSent = hasCause(cause, ConnectException.class) || hasCause(cause, CallNotPermittedException.class);
        String detail = neverSent
                ? "「" + titleOf(sector) + "」板块暂时无法访问，本次提交未被执行，可稍后原样重试"
                : "「" + titleOf(sector) + "」板块未能及时答复，本次提交可能未完成，请先查看结果，确认未生效后再重试";
        return GatewayProblems.of(GatewayProblems.sectorUnavailable(sector, detail)
                .with("writeOutcome", neverSent ? "not-applied" : "unknown"));
    }

    private String titleOf(String sector) {
        return portal.sectors().stream()
                .filter(candidate -> candidate.name().equals(sector))
                .map(PortalProperties.Sector::title)
                .findFirst()
                .orElse(sector);
    }

    private static URI originalPath(ServerWebExchange exchange) {
        String routed = exchange.getAttribute(RequestPathFilter.ATTRIBUTE);
        return URI.create(routed != null ? routed : exchange.getRequest().getPath().value());
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}

package org.gongkai.gateway.problem;

import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;
import java.net.URI;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * Every error the gateway itself answers, from controllers and from the routing layer alike, as
 * application/problem+json. Ordered before Boot's default handler, which would answer with its own JSON shape.
 */
@Component
@Order(-2)
public class ProblemWebExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemWebExceptionHandler.class);

    private final ServerResponse.Context context;

    public ProblemWebExceptionHandler(ServerCodecConfigurer codecs) {
        this.context = new CodecContext(codecs.getWriters());
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ProblemDetail problem = problemFor(error, exchange);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return ServerResponse.status(problem.getStatus())
                .headers(headers -> addHeaders(headers, error))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, context));
    }

    private ProblemDetail problemFor(Throwable error, ServerWebExchange exchange) {
        if (error instanceof ProblemException known) {
            return GatewayProblems.of(known);
        }
        if (error instanceof ResponseStatusException status) {
            return fromStatus(status);
        }
        log.error("unexpected error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                error);
        return GatewayProblems.internal();
    }

    private static ProblemDetail fromStatus(ResponseStatusException error) {
        int status = error.getStatusCode().value();
        if (status == HttpStatus.NOT_FOUND.value()) {
            return GatewayProblems.of(ProblemType.NOT_FOUND, "没有这个地址");
        }
        if (status == HttpStatus.METHOD_NOT_ALLOWED.value()) {
            return GatewayProblems.of(ProblemType.METHOD_NOT_ALLOWED, "该地址不支持此请求方法");
        }
        if (status == HttpStatus.GATEWAY_TIMEOUT.value() || status == HttpStatus.SERVICE_UNAVAILABLE.value()
                || status == HttpStatus.BAD_GATEWAY.value()) {
            ProblemDetail problem = GatewayProblems.of(ProblemType.SECTOR_UNAVAILABLE, "后端服务暂时无法访问，请稍后再试");
            problem.setStatus(error.getStatusCode().value());
            return problem;
        }
        if (error.getStatusCode().is4xxClientError()) {
            ProblemDetail problem = GatewayProblems.of(ProblemType.VALIDATION, "请求无法处理，请检查后重试");
            problem.setStatus(error.getStatusCode().value());
            return problem;
        }
        return GatewayProblems.internal();
    }

    private static void addHeaders(org.springframework.http.HttpHeaders headers, Throwable error) {
        String retryAfter = error instanceof ProblemException known ? GatewayProblems.retryAfter(known) : null;
        if (retryAfter != null) {
            headers.set(org.springframework.http.HttpHeaders.RETRY_AFTER, retryAfter);
        }
    }

    private record CodecContext(List<HttpMessageWriter<?>> messageWriters) implements ServerResponse.Context {
        @Override
        public List<ViewResolver> viewResolvers() {
            return List.of();
        }
    }
}

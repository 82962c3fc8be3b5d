package org.gongkai.core.security;

import java.util.List;
import org.gongkai.api.problem.ProblemType;
import org.gongkai.core.problem.internal.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 answered as problem+json like every other error. A request without a token to a path or method no
 * endpoint serves is told so (404, 405) rather than to sign in for something that does not exist.
 */
@Component
class ProblemAuthenticationHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final JsonMapper json;
    private final ObjectProvider<RequestMappingHandlerMapping> endpoints;

    ProblemAuthenticationHandlers(JsonMapper json,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> endpoints) {
        this.json = json;
        this.endpoints = endpoints;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        RequestMappingHandlerMapping mapping = endpoints.getIfAvailable();
        if (mapping == null) {
            return unauthenticated(exchange);
        }
        return mapping.getHandler(exchange)
                .flatMap(handler -> unauthenticated(exchange))
                .switchIfEmpty(Mono.defer(() -> write(exchange, ProblemType.NOT_FOUND, "没有这个接口："
                        + exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath().value())))
                .onErrorResume(MethodNotAllowedException.class, e -> {
                    exchange.getResponse().getHeaders().setAllow(e.getSupportedMethods());
                    return write(exchange, ProblemType.METHOD_NOT_ALLOWED, "该接口不支持 " + e.getHttpMethod() + " 方法");
                })
                .onErrorResume(e -> !(e instanceof MethodNotAllowedException), e -> unauthenticated(exchange));
    }

    private Mono<Void> unauthenticated(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
        return write(exchange, ProblemType.UNAUTHENTICATED, "此操作需要有效的访问令牌（Bearer JWT）");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return write(exchange, ProblemType.FORBIDDEN, "令牌无权执行此操作");
    }

    private Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail) {
        ProblemDetail body = Problems.of(type, detail, List.of(), exchange.getRequest().getPath().value());
        var response = exchange.getResponse();
        response.setStatusCode(org.springframework.http.HttpStatusCode.valueOf(type.status()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer buffer = response.bufferFactory().wrap(json.writeValueAsBytes(body));
        return response.writeWith(Mono.just(buffer));
    }
}

package org.gongkai.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The usual security headers on everything the gateway answers (portal JSON, Atom, Swagger UI, errors and routed
 * answers): no MIME sniffing, no framing, a strict referrer policy, a Content-Security-Policy (a locked-down one for
 * data, one that lets Swagger UI's own scripts and styles run for HTML), and HSTS when the request came over TLS.
 * A header a sector already set is left as it is.
 */
@Component
public class SecurityHeadersFilter implements WebFilter, Ordered {

    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String HTML_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpResponse response = exchange.getResponse();
        response.beforeCommit(() -> {
            apply(exchange.getRequest(), response.getHeaders());
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    public static void apply(ServerHttpRequest request, HttpHeaders headers) {
        setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
        setIfAbsent(headers, "X-Frame-Options", "DENY");
        setIfAbsent(headers, "Referrer-Policy", "strict-origin-when-cross-origin");
        MediaType type = headers.getContentType();
        boolean html = type != null && MediaType.TEXT_HTML.isCompatibleWith(type);
        setIfAbsent(headers, "Content-Security-Policy", html ? HTML_POLICY : DATA_POLICY);
        if (secure(request)) {
            setIfAbsent(headers, "Strict-Transport-Security", HSTS);
        }
    }

    private static boolean secure(ServerHttpRequest request) {
        return request.getSslInfo() != null || "https".equalsIgnoreCase(request.getURI().getScheme());
    }

    private static void setIfAbsent(HttpHeaders headers, String name, String value) {
        if (!headers.containsHeader(name)) {
            headers.set(name, value);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

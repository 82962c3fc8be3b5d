package org.gongkai.gateway.web;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CORS for the public API only — the portal ({@code /api/portal/**}) and every sector's public paths
 * ({@code /api/{sector}/public/**}, routed) — for the origins in {@link CorsProperties}: anonymous reads, and the
 * public forms (objections), without credentials. Staff endpoints get no CORS answer: a browser on another origin
 * cannot call them. Runs first, so a preflight is answered before rate limiting and routing.
 */
@Component
public class PublicCorsFilter implements WebFilter, Ordered {

    private final CorsWebFilter cors;

    public PublicCorsFilter(CorsProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.allowedOrigins().isEmpty()) {
            CorsConfiguration config = new CorsConfiguration();
            config.setAllowedOriginPatterns(properties.allowedOrigins());
            config.setAllowedMethods(List.of("GET", "HEAD", "POST"));
            config.setAllowedHeaders(List.of("Content-Type", "If-None-Match", "Accept", "Accept-Language"));
            config.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "X-Sector-Status", "X-Sector-As-Of"));
            config.setAllowCredentials(false);
            config.setMaxAge(properties.maxAge());
            source.registerCorsConfiguration("/api/portal/**", config);
            source.registerCorsConfiguration("/api/*/public/**", config);
        }
        this.cors = new CorsWebFilter(source);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return cors.filter(exchange, chain);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5; // before the rate limit (+10)
    }
}

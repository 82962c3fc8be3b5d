package org.gongkai.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

import org.gongkai.api.problem.ProblemType;
import org.gongkai.gateway.problem.GatewayProblems;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits anonymous clients per address: every portal request (the portal is anonymous) and every routed request
 * that carries no Authorization header. A client over its limit gets 429 problem+json with Retry-After. One
 * Resilience4j limiter per address, kept in a bounded map that forgets idle addresses.
 */
@Component
public class RateLimitFilter implements WebFilter, Ordered {

    private final RateLimitProperties properties;
    private final RateLimiterConfig config;
    private final Cache<String, RateLimiter> limiters;
    private final JsonMapper json;

    public RateLimitFilter(RateLimitProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(properties.requests())
                .limitRefreshPeriod(properties.period())
                .timeoutDuration(Duration.ZERO)
                .build();
        this.limiters = Caffeine.newBuilder()
                .maximumSize(properties.maxClients())
                .expireAfterAccess(Math.max(60, properties.period().toSeconds() * 10), TimeUnit.SECONDS)
                .build();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!properties.enabled() || !limited(request)) {
            return chain.filter(exchange);
        }
        String client = clientOf(request);
        RateLimiter limiter = limiters.get(client, address -> RateLimiter.of(address, config));
        if (limiter.acquirePermission()) {
            return chain.filter(exchange);
        }
        return refuse(exchange, retryAfterSeconds(limiter));
    }

    private static boolean limited(ServerHttpRequest request) {
        String path = request.getPath().value();
        if (path.startsWith("/api/portal/")) {
            return true;
        }
        return path.startsWith("/api/") && !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
    }

    private String clientOf(ServerHttpRequest request) {
        if (properties.trustForwardedFor()) {
            String forwarded = request.getHeaders().getFirst("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].trim();
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    private static long retryAfterSeconds(RateLimiter limiter) {
        long nanos = limiter instanceof AtomicRateLimiter atomic
                ? atomic.getDetailedMetrics().getNanosToWait() : TimeUnit.SECONDS.toNanos(1);
        return Math.max(1, (long) Math.ceil(nanos / 1e9));
    }

    private Mono<Void> refuse(ServerWebExchange exchange, long retryAfter) {
        ProblemDetail problem = GatewayProblems.of(ProblemType.RATE_LIMITED, "同一地址每" + readable(properties.period()) + "最多可发" + properties.requests() + "个请求，请"
                        + retryAfter + "秒后再试");
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        response.getHeaders().setCacheControl("no-store");
        byte[] body = json.writeValueAsBytes(problem);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    private static String readable(Duration period) {
        return period.toMillis() % 1000 == 0 ? period.toSeconds() + "秒" : period.toMillis() + "毫秒";
    }
}

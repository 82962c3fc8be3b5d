package org.gongkai.gateway.route;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.stereotype.Component;

/**
 * Refuses to start without an HTTP response timeout, or when the breakers' time limiter is switched on and would cut
 * calls before that timeout (its own default is 1 s, so a forgotten setting fails every slow write). Checks the
 * sector routes ({@link SectorRoutes}) and any route configured under spring.cloud.gateway.server.webflux.routes.
 */
@Component
public class RouteTimeoutGuard implements InitializingBean {

    private final HttpClientProperties httpClient;
    private final TimeLimiterRegistry timeLimiters;
    private final GatewayProperties gateway;
    private final SectorRoutes sectorRoutes;
    private final boolean timeLimiterOff;

    public RouteTimeoutGuard(HttpClientProperties httpClient, TimeLimiterRegistry timeLimiters,
            GatewayProperties gateway, SectorRoutes sectorRoutes,
            @Value("${spring.cloud.circuitbreaker.resilience4j.disable-time-limiter:false}") boolean timeLimiterOff) {
        this.httpClient = httpClient;
        this.timeLimiters = timeLimiters;
        this.gateway = gateway;
        this.sectorRoutes = sectorRoutes;
        this.timeLimiterOff = timeLimiterOff;
    }

    @Override
    public void afterPropertiesSet() {
        Duration responseTimeout = httpClient.getResponseTimeout();
        if (responseTimeout == null) {
            throw new IllegalStateException(
                    "spring.cloud.gateway.server.webflux.httpclient.response-timeout must be set");
        }
        if (!timeLimiterOff) {
            breakerNames().forEach(name -> checkTimeLimiter(name, responseTimeout));
        }
    }

    private void checkTimeLimiter(String breaker, Duration responseTimeout) {
        // the breaker uses an instance configured under instances.{name}, else configs.{name}, else the default
        Duration limiter = timeLimiters.find(breaker).map(TimeLimiter::getTimeLimiterConfig)
                .or(() -> timeLimiters.getConfiguration(breaker))
                .orElseGet(timeLimiters::getDefaultConfig)
                .getTimeoutDuration();
        if (limiter.compareTo(responseTimeout) <= 0) {
            throw new IllegalStateException("time limiter of circuit breaker '" + breaker + "' (" + limiter
                    + ") must be longer than the route response timeout (" + responseTimeout
                    + "): set resilience4j.timelimiter.configs.default.timeout-duration");
        }
    }

    private Set<String> breakerNames() {
        return java.util.stream.Stream.concat(sectorRoutes.routes().stream(), gateway.getRoutes().stream())
                .flatMap(route -> route.getFilters().stream())
                .filter(filter -> "CircuitBreaker".equals(filter.getName()))
                .map(filter -> filter.getArgs().getOrDefault("name", ""))
                .filter(name -> !name.isBlank())
                .collect(Collectors.toSet());
    }
}

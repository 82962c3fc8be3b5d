package org.gongkai.gateway.route;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

import org.gongkai.gateway.portal.PortalProperties;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.config.HttpClientProperties;

class RouteTimeoutGuardTest {

    @Test
    void timeLimiterShorterThanTheResponseTimeoutStopsStartUp() {
        RouteTimeoutGuard guard = guard(Duration.ofSeconds(5), TimeLimiterRegistry.ofDefaults(), false);

        assertThatThrownBy(guard::afterPropertiesSet)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'land'");
    }

    @Test
    void timeLimiterLongerThanTheResponseTimeoutIsAccepted() {
        TimeLimiterRegistry limiters = TimeLimiterRegistry.of(
                TimeLimiterConfig.custom().timeoutDuration(Duration.ofSeconds(8)).build());

        assertThatCode(guard(Duration.ofSeconds(5), limiters, false)::afterPropertiesSet).doesNotThrowAnyException();
    }

    @Test
    void whenTheTimeLimiterIsSwitchedOffThenItsOneSecondDefaultDoesNotMatter() {
        assertThatCode(guard(Duration.ofSeconds(5), TimeLimiterRegistry.ofDefaults(), true)::afterPropertiesSet)
                .doesNotThrowAnyException();
    }

    @Test
    void whenNoResponseTimeoutIsSetThenStartUpStops() {
        assertThatThrownBy(guard(null, TimeLimiterRegistry.ofDefaults(), true)::afterPropertiesSet)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("response-timeout");
    }

    private static RouteTimeoutGuard guard(Duration responseTimeout, TimeLimiterRegistry limiters, boolean limiterOff) {
        HttpClientProperties httpClient = new HttpClientProperties();
        httpClient.setResponseTimeout(responseTimeout);
        PortalProperties portal = new PortalProperties(List.of(new PortalProperties.Sector(
                "land", null, URI.create("http://localhost:8081"), Duration.ofSeconds(2), null, null)),
                Duration.ofHours(1), Duration.ofSeconds(5), "gongkai.example,2026");
        return new RouteTimeoutGuard(httpClient, limiters, new GatewayProperties(), new SectorRoutes(portal),
                limiterOff);
    }
}

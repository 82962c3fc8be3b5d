package org.gongkai.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.gongkai.gateway.portal.PortalProperties;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.route.RouteDefinition;

class SectorRoutesTest {

    @Test
    void whenASectorIsListedThenItGetsItsRouteBreakerAndFallbackFromItsNameAlone() {
        PortalProperties portal = new PortalProperties(List.of(
                new PortalProperties.Sector("land", "征地拆迁", URI.create("http://localhost:8081"), Duration.ofSeconds(2),
                        null, null),
                new PortalProperties.Sector("forestry", "林业", URI.create("http://localhost:8091"), Duration.ofSeconds(2),
                        null, null)),
                Duration.ofHours(1), Duration.ofSeconds(5), "gongkai.example,2026");

        List<RouteDefinition> routes = new SectorRoutes(portal).routes();

        assertThat(routes).extracting(RouteDefinition::getId).containsExactly("land", "forestry");
        RouteDefinition forestry = routes.get(1);
        assertThat(forestry.getUri()).isEqualTo(URI.create("http://localhost:8091"));
        assertThat(forestry.getPredicates()).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("Path");
            assertThat(p.getArgs()).containsValue("/api/forestry/**");
        });
        assertThat(forestry.getFilters()).singleElement().satisfies(f -> {
            assertThat(f.getName()).isEqualTo("CircuitBreaker");
            assertThat(f.getArgs()).containsEntry("name", "forestry")
                    .containsEntry("fallbackUri", "forward:/fallback/forestry");
        });
    }
}

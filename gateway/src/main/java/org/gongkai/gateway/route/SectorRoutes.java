package org.gongkai.gateway.route;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.api.Sectors;
import org.gongkai.gateway.portal.PortalProperties;
import org.springframework.cloud.gateway.filter.FilterDefinition;
import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * One route per entry of the portal's sector list ({@code gongkai.portal.sectors}), so a sector is added to the
 * gateway by one list entry: id and breaker named after the sector, {@code /api/{name}/**} to its {@code url}, a
 * 503 problem from {@code /fallback/{name}} when it fails.
 */
@Component
public class SectorRoutes implements RouteDefinitionLocator {

    private final List<RouteDefinition> routes;

    public SectorRoutes(PortalProperties portal) {
        this.routes = portal.sectors().stream().map(SectorRoutes::routeOf).toList();
    }

    @Override
    public Flux<RouteDefinition> getRouteDefinitions() {
        return Flux.fromIterable(routes);
    }

    /** The routes, in the sector list's order. */
    public List<RouteDefinition> routes() {
        return routes;
    }

    private static RouteDefinition routeOf(PortalProperties.Sector sector) {
        String name = sector.name();
        RouteDefinition route = new RouteDefinition();
        route.setId(name);
        route.setUri(sector.url());
        route.setPredicates(List.of(new PredicateDefinition("Path=" + Sectors.apiPath(name) + "/**")));
        FilterDefinition breaker = new FilterDefinition();
        breaker.setName("CircuitBreaker");
        Map<String, String> args = new LinkedHashMap<>();
        args.put("name", name);
        args.put("fallbackUri", "forward:/fallback/" + name);
        breaker.setArgs(args);
        route.setFilters(List.of(breaker));
        return route;
    }
}

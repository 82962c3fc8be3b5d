package org.gongkai.gateway.portal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/** One {@link SectorClient} per configured sector, in configuration order. */
@Component
public class SectorClients {

    /** Portal calls get their own breakers, apart from the routes' ({@code land}), as their timeouts differ. */
    public static final String BREAKER_PREFIX = "portal-";

    private final Map<String, SectorClient> clients = new LinkedHashMap<>();

    public SectorClients(PortalProperties properties, WebClient.Builder builder,
            ReactiveCircuitBreakerFactory<?, ?> breakers) {
        properties.sectors().forEach(sector -> clients.put(sector.name(),
                new SectorClient(sector, builder, breakers.create(BREAKER_PREFIX + sector.name()))));
    }

    public Collection<String> names() {
        return clients.keySet();
    }

    public Optional<SectorClient> find(String name) {
        return Optional.ofNullable(clients.get(name));
    }

    List<SectorClient> select(Set<String> names) {
        return clients.values().stream().filter(client -> names.contains(client.name())).toList();
    }
}

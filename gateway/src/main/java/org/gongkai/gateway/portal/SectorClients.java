package org.gongkai.gateway.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.resilience4j.bulkhead.BulkheadConfig;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * One {@link SectorClient} per configured sector, in configuration order. Each sector's portal breaker gets its
 * own bulkhead ({@code maxConcurrentCalls}, no waiting), applied by the breaker factory around every call.
 */
@Component
public class SectorClients {

    /** Portal calls get their own breakers, apart from the routes' ({@code land}), as their timeouts differ. */
    public static final String BREAKER_PREFIX = "portal-";

    private final Map<String, SectorClient> clients = new LinkedHashMap<>();

    public SectorClients(PortalProperties properties, WebClient.Builder builder,
            ReactiveCircuitBreakerFactory<?, ?> breakers, ObjectProvider<ReactiveResilience4jBulkheadProvider> bulkheads,
            Clock clock, JsonMapper json) {
        ReactiveResilience4jBulkheadProvider bulkheadProvider = bulkheads.getIfAvailable();
        properties.sectors().forEach(sector -> {
            String breaker = BREAKER_PREFIX + sector.name();
            if (bulkheadProvider != null) {
                bulkheadProvider.configure(bulkhead -> bulkhead.bulkheadConfig(BulkheadConfig.custom()
                        .maxConcurrentCalls(sector.maxConcurrentCalls()).maxWaitDuration(Duration.ZERO).build()),
                        breaker);
            }
            clients.put(sector.name(), new SectorClient(sector, builder, breakers.create(breaker),
                    properties.staleFor(), clock, json));
        });
    }

    public Collection<String> names() {
        return clients.keySet();
    }

    public Optional<SectorClient> find(String name) {
        return Optional.ofNullable(clients.get(name));
    }

    public List<SectorClient> select(Set<String> names) {
        return clients.values().stream().filter(client -> names.contains(client.name())).toList();
    }

    public List<SectorClient> all() {
        return List.copyOf(clients.values());
    }

    /** Drops every sector's last good answers. */
    public void forgetLastGood() {
        clients.values().forEach(SectorClient::forgetLastGood);
    }
}

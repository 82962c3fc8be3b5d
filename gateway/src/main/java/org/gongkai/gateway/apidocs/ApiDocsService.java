package org.gongkai.gateway.apidocs;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.gongkai.api.Sectors;
import org.gongkai.gateway.portal.SectorClient;
import org.gongkai.gateway.portal.SectorClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The merged OpenAPI document: the gateway's own (springdoc, read over loopback so it is exactly what springdoc
 * serves) and every sector's, gathered in parallel. A complete merge is kept for a minute; a partial one is not
 * kept, so a sector that comes back appears on the next request.
 */
@Service
public class ApiDocsService {

    private static final Logger log = LoggerFactory.getLogger(ApiDocsService.class);

    private final SectorClients clients;
    private final WebClient.Builder builder;
    private final Environment environment;
    private final AsyncCache<String, ObjectNode> complete = Caffeine.newBuilder()
            .maximumSize(1).expireAfterWrite(Duration.ofMinutes(1)).buildAsync();

    public ApiDocsService(SectorClients clients, WebClient.Builder builder, Environment environment) {
        this.clients = clients;
        this.builder = builder;
        this.environment = environment;
    }

    public Mono<ObjectNode> merged() {
        var cached = complete.getIfPresent("merged");
        if (cached != null) {
            return Mono.fromFuture(cached, true);
        }
        return build().doOnNext(doc -> {
            if (complete(doc)) {
                complete.put("merged", java.util.concurrent.CompletableFuture.completedFuture(doc));
            }
        });
    }

    /** True when every sector's own document is in the merge. */
    public static boolean complete(JsonNode merged) {
        boolean allOk = true;
        for (JsonNode sector : merged.path("x-sectors")) {
            allOk &= "ok".equals(sector.path("status").asString(""));
        }
        return allOk;
    }

    private Mono<ObjectNode> build() {
        Map<String, String> titles = new LinkedHashMap<>();
        clients.all().forEach(client -> titles.put(client.name(), client.title()));
        return Mono.zip(own(), Flux.fromIterable(clients.all()).flatMapSequential(SectorClient::apiDocs).collectList())
                .map(both -> MergedApiDocs.merge(both.getT1(), both.getT2(), titles));
    }

    private Mono<JsonNode> own() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return builder.clone().baseUrl("http://127.0.0.1:" + port).build()
                .get().uri(Sectors.API_DOCS_PATH).accept(MediaType.APPLICATION_JSON)
                .retrieve().bodyToMono(JsonNode.class)
                .timeout(Duration.ofSeconds(5))
                .onErrorResume(error -> {
                    log.warn("the gateway's own API document could not be read: {}", error.toString());
                    return Mono.just(tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                            .put("openapi", "3.1.0"));
                });
    }
}

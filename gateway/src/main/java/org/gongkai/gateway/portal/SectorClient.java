package org.gongkai.gateway.portal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.netty.channel.ChannelOption;

import org.gongkai.api.FeedPage;
import org.gongkai.api.SectorStats;
import org.gongkai.api.Sectors;
import org.gongkai.gateway.portal.SectorFailures.BadSectorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriBuilder;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientRequest;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls one sector's public API under its own connect timeout, response timeout, bulkhead and circuit breaker (the
 * bulkhead is applied by the breaker factory, see {@link SectorClients}). A sector's 4xx answers are its verdict on
 * the request, not a sign of trouble, so they do not count against the breaker. What a sector answers is checked
 * ({@link SectorResponseChecks}); when a call fails, the sector's last good answer to the same request, if it is
 * recent enough, stands in for it, marked stale ({@link LastGoodAnswers}).
 */
public class SectorClient {

    private static final Logger log = LoggerFactory.getLogger(SectorClient.class);
    /** A sector's answer larger than this is not one the portal reads (an API document is some 30 kB). */
    private static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    private static final Duration API_DOCS_TIMEOUT = Duration.ofSeconds(15);
    private static final List<String> RELAYED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG,
            HttpHeaders.LAST_MODIFIED, HttpHeaders.CACHE_CONTROL);

    private final PortalProperties.Sector sector;
    private final WebClient webClient;
    private final ReactiveCircuitBreaker breaker;
    private final LastGoodAnswers lastGood;
    private final SectorResponseChecks checks;
    private final JsonMapper json;

    /** The sector refused the request (4xx): it is up, and an older answer would not be the right one. */
    private record Refused(String reason) {
    }

    SectorClient(PortalProperties.Sector sector, WebClient.Builder builder, ReactiveCircuitBreaker breaker,
            Duration staleFor, Clock clock, JsonMapper json) {
        this.json = json;
        this.sector = sector;
        this.webClient = builder.clone()
                .baseUrl(sector.url().toString())
                .clientConnector(new ReactorClientHttpConnector(httpClient(sector)))
                .build();
        this.breaker = breaker;
        this.lastGood = new LastGoodAnswers(sector.name(), staleFor, clock);
        this.checks = new SectorResponseChecks(sector.name());
    }

    public String name() {
        return sector.name();
    }

    public String title() {
        return sector.title();
    }

    public Duration timeout() {
        return sector.timeout();
    }

    /** The sector's standard catalogue ({@code {sector, displayName, publisher, rows, types}}). */
    public Mono<SectorAnswer<JsonNode>> catalog() {
        return get("catalog", builder -> uri(builder, "/api/{sector}" + Sectors.CATALOG_PATH, Map.of()),
                JsonNode.class, checks::catalog);
    }

    public Mono<SectorAnswer<SectorStats>> stats() {
        return get("stats", builder -> uri(builder, "/api/{sector}" + Sectors.STATS_PATH, Map.of()),
                SectorStats.class, checks::stats);
    }

    /** The sector's own OpenAPI document; springdoc builds it on first request, which takes a few seconds. */
    public Mono<SectorAnswer<JsonNode>> apiDocs() {
        Duration patience = sector.timeout().compareTo(API_DOCS_TIMEOUT) > 0 ? sector.timeout() : API_DOCS_TIMEOUT;
        return get("api-docs", builder -> uri(builder, Sectors.API_DOCS_PATH, Map.of()), JsonNode.class,
                checks::apiDocs, patience);
    }

    /** The sector's answer relayed as is (2xx and 4xx); fails with {@link SectorUnavailableException} otherwise. */
    public Mono<ResponseEntity<byte[]>> notice(String globalId) {
        return relay(builder -> builder.path("/api/{sector}" + Sectors.NOTICE_PATH).build(sector.name(), globalId));
    }

    /** The sector's check of {@code digest} against the notice's published digest, relayed as is. */
    public Mono<ResponseEntity<byte[]>> verify(String globalId, String digest) {
        return relay(builder -> builder.path("/api/{sector}" + Sectors.VERIFY_PATH).queryParam("digest", "{digest}")
                .build(sector.name(), globalId, digest));
    }

    /** The sector's period calculator with these query parameters, relayed as is (a 422 names a missing year). */
    public Mono<ResponseEntity<byte[]>> period(Map<String, String> parameters) {
        return relay(builder -> uri(builder, "/api/{sector}" + Sectors.PERIOD_PATH, parameters));
    }

    /** Forgets every last good answer (tests, or an operator who wants no stale answers after a fix). */
    void forgetLastGood() {
        lastGood.forget();
    }

    private <T> Mono<SectorAnswer<T>> get(String key, Function<UriBuilder, URI> uri, Class<T> type,
            UnaryOperator<T> check) {
        return get(key, uri, type, check, sector.timeout());
    }

    private <T> Mono<SectorAnswer<T>> get(String key, Function<UriBuilder, URI> uri, Class<T> type,
            UnaryOperator<T> check, Duration timeout) {
        Mono<Object> call = webClient.get()
                .uri(uri)
                .accept(MediaType.APPLICATION_JSON)
                .httpRequest(request -> {
                    if (!timeout.equals(sector.timeout())) {
                        request.<HttpClientRequest>getNativeRequest().responseTimeout(timeout);
                    }
                })
                .exchangeToMono(response -> read(response, type, check))
                .timeout(timeout);
        return breaker.run(call, Mono::error)
                .map(result -> result instanceof Refused refused
                        ? SectorAnswer.<T>unavailable(sector.name(), refused.reason())
                        : lastGood.remember(key, type.cast(result)))
                .onErrorResume(error -> Mono.just(fallback(key, error)));
    }

    /**
     * Reads a 2xx body whole and binds it with the JSON mapper directly: the codec route (reader selection by media
     * type, then Jackson's non-blocking parser) cost a third of the gateway's time per portal request.
     */
    private <T> Mono<Object> read(ClientResponse response, Class<T> type, UnaryOperator<T> check) {
        int status = response.statusCode().value();
        if (response.statusCode().is2xxSuccessful()) {
            MediaType contentType = response.headers().contentType().orElse(MediaType.APPLICATION_JSON);
            if (!MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
                    && !contentType.getSubtype().endsWith("+json")) {
                return response.releaseBody().then(Mono.error(new BadSectorResponse("板块返回的数据无法识别")));
            }
            return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), MAX_BODY_BYTES)
                    .switchIfEmpty(Mono.error(() -> new BadSectorResponse("板块返回了空内容")))
                    .map(buffer -> check.apply(bind(buffer, type)));
        }
        if (response.statusCode().is4xxClientError()) {
            return response.releaseBody().thenReturn(new Refused("板块拒绝了查询（HTTP " + status + "）"));
        }
        return response.releaseBody().then(Mono.error(new BadSectorResponse("板块服务出错（HTTP " + status + "）")));
    }

    private <T> T bind(DataBuffer buffer, Class<T> type) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            T value = json.readValue(bytes, type);
            if (value == null) {
                throw new BadSectorResponse("板块返回了空内容");
            }
            return value;
        } catch (JacksonException e) {
            throw new BadSectorResponse("板块返回的数据无法识别");
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    private <T> SectorAnswer<T> fallback(String key, Throwable error) {
        String reason = SectorFailures.reasonFor(error, sector.timeout());
        SectorAnswer<T> answer = lastGood.insteadOf(key, reason);
        log.warn("sector {} failed for {}: {} ({}){}", sector.name(), key, reason, error.toString(),
                answer.status().asOf() == null ? "" : "; serving its answer from " + answer.status().asOf());
        return answer;
    }

    private URI uri(UriBuilder builder, String path, Map<String, String> parameters) {
        builder.path(path);
        // values go in as variables so that '&', '+' and Chinese keywords are encoded, not read as syntax
        parameters.keySet().forEach(name -> builder.queryParam(name, "{" + name + "}"));
        Map<String, String> variables = new HashMap<>(parameters);
        variables.put("sector", sector.name());
        return builder.build(variables);
    }

    private Mono<ResponseEntity<byte[]>> relay(Function<UriBuilder, URI> uri) {
        Mono<ResponseEntity<byte[]>> call = webClient.get()
                .uri(uri)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .exchangeToMono(this::relay)
                .timeout(sector.timeout());
        return breaker.run(call, this::relayUnavailable);
    }

    private Mono<ResponseEntity<byte[]>> relay(ClientResponse response) {
        if (response.statusCode().is5xxServerError()) {
            return response.releaseBody().then(Mono.error(
                    new BadSectorResponse("板块服务出错（HTTP " + response.statusCode().value() + "）")));
        }
        return response.toEntity(byte[].class).map(this::withRelayedHeaders);
    }

    private ResponseEntity<byte[]> withRelayedHeaders(ResponseEntity<byte[]> entity) {
        HttpHeaders headers = new HttpHeaders();
        RELAYED_HEADERS.forEach(name -> headers.addAll(name, entity.getHeaders().getOrEmpty(name)));
        return ResponseEntity.status(entity.getStatusCode()).headers(headers).body(entity.getBody());
    }

    private <T> Mono<T> relayUnavailable(Throwable error) {
        String reason = SectorFailures.reasonFor(error, sector.timeout());
        log.warn("sector {} unavailable for a notice: {} ({})", sector.name(), reason, error.toString());
        return Mono.error(new SectorUnavailableException(sector.name(), reason));
    }

    private static HttpClient httpClient(PortalProperties.Sector sector) {
        // as many connections as the bulkhead lets calls through, so no call waits for a connection
        ConnectionProvider pool = ConnectionProvider.builder("portal-" + sector.name())
                .maxConnections(sector.maxConcurrentCalls())
                .pendingAcquireTimeout(sector.timeout())
                .maxIdleTime(Duration.ofSeconds(30))
                .build();
        return HttpClient.create(pool)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) sector.connectTimeout().toMillis())
                .responseTimeout(sector.timeout());
    }
}

package org.gongkai.gateway.portal;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.netty.channel.ChannelOption;

import org.gongkai.api.FeedCursor;
import org.gongkai.api.FeedItem;
import org.gongkai.api.FeedPage;
import org.gongkai.api.Sectors;
import org.gongkai.gateway.portal.SectorFailures.BadSectorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriBuilder;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Calls one sector's public API under its own connect timeout, response timeout and circuit breaker. A sector's
 * 4xx answers are its verdict on the request, not a sign of trouble, so they do not count against the breaker.
 */
public class SectorClient {

    private static final Logger log = LoggerFactory.getLogger(SectorClient.class);
    private static final List<String> RELAYED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG,
            HttpHeaders.LAST_MODIFIED, HttpHeaders.CACHE_CONTROL);

    private final PortalProperties.Sector sector;
    private final WebClient webClient;
    private final ReactiveCircuitBreaker breaker;

    SectorClient(PortalProperties.Sector sector, WebClient.Builder builder, ReactiveCircuitBreaker breaker) {
        this.sector = sector;
        this.webClient = builder.clone()
                .baseUrl(sector.url().toString())
                .clientConnector(new ReactorClientHttpConnector(httpClient(sector)))
                .build();
        this.breaker = breaker;
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

    /** Never fails: a sector that cannot answer yields an unavailable result naming why. */
    Mono<SectorResult> feed(FeedQuery query) {
        return breaker.run(fetchFeed(query), this::unavailable);
    }

    /** The sector's answer relayed as is (2xx and 4xx); fails with {@link SectorUnavailableException} otherwise. */
    Mono<ResponseEntity<byte[]>> notice(String globalId) {
        Mono<ResponseEntity<byte[]>> call = webClient.get()
                .uri("/api/{sector}" + Sectors.NOTICE_PATH, sector.name(), globalId)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .exchangeToMono(this::relay)
                .timeout(sector.timeout());
        return breaker.run(call, this::noticeUnavailable);
    }

    private Mono<SectorResult> fetchFeed(FeedQuery query) {
        return webClient.get()
                .uri(builder -> feedUri(builder, query.sectorParameters()))
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(response -> readFeed(response, query))
                .timeout(sector.timeout());
    }

    private URI feedUri(UriBuilder builder, Map<String, String> parameters) {
        builder.path("/api/{sector}" + Sectors.FEED_PATH);
        // values go in as variables so that '&', '+' and Chinese keywords are encoded, not read as syntax
        parameters.keySet().forEach(name -> builder.queryParam(name, "{" + name + "}"));
        Map<String, String> variables = new HashMap<>(parameters);
        variables.put("sector", sector.name());
        return builder.build(variables);
    }

    private Mono<SectorResult> readFeed(ClientResponse response, FeedQuery query) {
        if (response.statusCode().is2xxSuccessful()) {
            return response.bodyToMono(FeedPage.class)
                    .switchIfEmpty(Mono.error(() -> new BadSectorResponse("板块返回了空内容")))
                    .map(page -> checked(page, query.cursor()))
                    .map(page -> SectorResult.ok(sector.name(), page));
        }
        int status = response.statusCode().value();
        if (response.statusCode().is4xxClientError()) {
            return response.releaseBody()
                    .thenReturn(SectorResult.unavailable(sector.name(), "板块拒绝了查询（HTTP " + status + "）"));
        }
        return response.releaseBody().then(Mono.error(new BadSectorResponse("板块服务出错（HTTP " + status + "）")));
    }

    private FeedPage checked(FeedPage page, FeedCursor cursor) {
        for (FeedItem item : page.items()) {
            if (item == null || item.id() == null || item.publishedAt() == null
                    || !sector.name().equals(FeedItem.sectorOf(item.id()))) {
                throw new BadSectorResponse("板块返回的数据不符合约定");
            }
            if (cursor != null && !cursor.isBefore(item)) {
                throw new BadSectorResponse("板块返回了游标之前的数据");
            }
        }
        return page;
    }

    private Mono<SectorResult> unavailable(Throwable error) {
        String reason = SectorFailures.reasonFor(error, sector.timeout());
        log.warn("sector {} unavailable for the portal feed: {} ({})", sector.name(), reason, error.toString());
        return Mono.just(SectorResult.unavailable(sector.name(), reason));
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

    private <T> Mono<T> noticeUnavailable(Throwable error) {
        String reason = SectorFailures.reasonFor(error, sector.timeout());
        log.warn("sector {} unavailable for a notice: {} ({})", sector.name(), reason, error.toString());
        return Mono.error(new SectorUnavailableException(sector.name(), reason));
    }

    private static HttpClient httpClient(PortalProperties.Sector sector) {
        return HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) sector.connectTimeout().toMillis())
                .responseTimeout(sector.timeout());
    }
}

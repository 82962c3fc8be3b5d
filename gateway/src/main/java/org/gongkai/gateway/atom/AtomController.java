package org.gongkai.gateway.atom;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.gongkai.api.FeedItem;
import org.gongkai.gateway.portal.FeedQuery;
import org.gongkai.gateway.portal.FeedRequest;
import org.gongkai.gateway.portal.PortalFeed;
import org.gongkai.gateway.portal.PortalFeedService;
import org.gongkai.gateway.portal.PortalProperties;
import org.gongkai.gateway.portal.SectorClients;
import org.gongkai.gateway.web.PortalResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The newest notices as an Atom 1.0 feed, of the whole portal or of the named sectors, region and type; its title
 * says what it selects. Always 200 even when sectors fail; an ETag, and 304 for a conditional GET.
 */
@RestController
@RequestMapping("/api/portal")
public class AtomController {

    public static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int DEFAULT_LIMIT = 50;

    private final PortalFeedService feeds;
    private final SectorClients clients;
    private final PortalResponses responses;
    private final AtomFeedWriter atom;

    public AtomController(PortalFeedService feeds, SectorClients clients, PortalResponses responses,
            PortalProperties properties) {
        this.feeds = feeds;
        this.clients = clients;
        this.responses = responses;
        this.atom = new AtomFeedWriter(properties.tagAuthority());
    }

    @Operation(summary = "Atom 订阅", description = "整个门户或按板块、区划、类型筛选的 Atom 1.0 订阅源（最新的若干条）")
    @GetMapping(value = "/atom", produces = "application/atom+xml")
    public Mono<ResponseEntity<byte[]>> atom(
            @Parameter(description = "板块，可重复或用逗号分隔") @RequestParam(required = false) List<String> sector,
            @Parameter(description = "行政区划代码前缀") @RequestParam(required = false) String region,
            @Parameter(description = "公告类型代码") @RequestParam(required = false) String type,
            @Parameter(description = "条数，1至100，默认50") @RequestParam(required = false) String limit,
            ServerWebExchange exchange) {
        FeedRequest request = new FeedRequest(limit == null ? Integer.toString(DEFAULT_LIMIT) : limit, null,
                sector, type, region, null, null, null, null);
        return Mono.fromSupplier(() -> FeedQuery.of(request, clients.names()))
                .flatMap(query -> feeds.feed(query).map(feed -> atomResponse(feed, query, sector != null
                        && !sector.isEmpty(), exchange)));
    }

    private ResponseEntity<byte[]> atomResponse(PortalFeed feed, FeedQuery query, boolean sectorNamed,
            ServerWebExchange exchange) {
        Map<String, String> titles = new LinkedHashMap<>();
        clients.all().forEach(client -> titles.put(client.name(), client.title()));
        List<String> key = new ArrayList<>();
        List<String> title = new ArrayList<>(List.of("基层政务公开"));
        if (sectorNamed) {
            key.add("sector=" + String.join(",", query.sectors()));
            title.add(String.join("、", query.sectors().stream().map(s -> titles.getOrDefault(s, s)).toList()));
        }
        if (query.region() != null) {
            key.add("region=" + query.region());
            title.add("区划" + query.region());
        }
        if (query.type() != null) {
            key.add("type=" + query.type());
            title.add(feed.items().stream().filter(item -> query.type().equals(item.type())).map(FeedItem::typeName)
                    .filter(name -> name != null).findFirst().orElse(query.type()));
        }
        URI uri = exchange.getRequest().getURI();
        String base = uri.getScheme() + "://" + uri.getRawAuthority();
        byte[] body = atom.write(feed, String.join(" · ", title), String.join("&", key), uri.toString(), base, titles);
        return responses.bytes(body, ATOM, feed.complete());
    }
}

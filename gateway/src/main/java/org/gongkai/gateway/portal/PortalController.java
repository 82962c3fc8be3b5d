package org.gongkai.gateway.portal;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.gongkai.api.FeedItem;
import org.gongkai.gateway.apidocs.ApiDocsService;
import org.gongkai.gateway.atom.AtomFeedWriter;
import org.gongkai.gateway.catalog.CatalogQuery;
import org.gongkai.gateway.catalog.PortalCatalog;
import org.gongkai.gateway.catalog.PortalCatalogService;
import org.gongkai.gateway.problem.GatewayProblems;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.gateway.stats.PortalStats;
import org.gongkai.gateway.stats.PortalStatsService;
import org.gongkai.gateway.stats.StatsQuery;
import org.gongkai.gateway.web.PortalResponses;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The unified public API over every sector. Every answer is 200 even when sectors fail: {@code sectors} in the body
 * names each one's status (ok, stale, unavailable). Answers carry an ETag, and a conditional GET answers 304.
 */
@RestController
@RequestMapping("/api/portal")
public class PortalController {

    public static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int ATOM_DEFAULT_LIMIT = 50;

    private final PortalFeedService feeds;
    private final SectorClients clients;
    private final PortalResponses responses;
    private final PortalCatalogService catalogs;
    private final PortalStatsService statistics;
    private final ApiDocsService apiDocs;
    private final AtomFeedWriter atom;
    private final JsonMapper json;

    public PortalController(PortalFeedService feeds, SectorClients clients, PortalResponses responses,
            PortalCatalogService catalogs, PortalStatsService statistics, ApiDocsService apiDocs,
            PortalProperties properties, JsonMapper json) {
        this.feeds = feeds;
        this.clients = clients;
        this.responses = responses;
        this.catalogs = catalogs;
        this.statistics = statistics;
        this.apiDocs = apiDocs;
        this.atom = new AtomFeedWriter(properties.tagAuthority());
        this.json = json;
    }

    @Operation(summary = "统一公告信息流", description = "合并各板块的公开公告，按发布时间倒序（同一时刻按编号倒序），游标翻页。"
            + "逐页翻阅时每条公告恰好出现一次；翻阅期间新发布的公告不会插入后续页。sectors 说明各板块的答复状态。")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PortalFeed.class)))
    @GetMapping("/feed")
    public Mono<ResponseEntity<byte[]>> feed(@ParameterObject FeedRequest request) {
        return Mono.fromSupplier(() -> FeedQuery.of(request, clients.names()))
                .flatMap(feeds::rendered)
                .map(page -> responses.entity(page, MediaType.APPLICATION_JSON));
    }

    @Operation(summary = "公告详情", description = "按全局编号（如 land:…）从所属板块读取公告详情，原样转发")
    @GetMapping("/notices/{globalId}")
    public Mono<ResponseEntity<byte[]>> notice(@PathVariable String globalId) {
        return Mono.fromSupplier(() -> owningSector(globalId))
                .flatMap(client -> client.notice(globalId))
                .onErrorMap(SectorUnavailableException.class, this::unavailableProblem);
    }

    @Operation(summary = "核验公告摘要", description = "将一份公告副本的 SHA-256 摘要与发布时的摘要比对")
    @GetMapping("/notices/{globalId}/verify")
    public Mono<ResponseEntity<byte[]>> verify(@PathVariable String globalId,
            @Parameter(description = "待核验的 SHA-256 摘要（十六进制）") @RequestParam String digest) {
        return Mono.fromSupplier(() -> owningSector(globalId))
                .flatMap(client -> client.verify(globalId, digest))
                .onErrorMap(SectorUnavailableException.class, this::unavailableProblem);
    }

    @Operation(summary = "公告版本与公开历程", description = "公告的各个版本（更正）及其公开的状态变化")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NoticeHistory.class)))
    @GetMapping("/notices/{globalId}/history")
    public Mono<ResponseEntity<byte[]>> history(@PathVariable String globalId) {
        return Mono.fromSupplier(() -> owningSector(globalId))
                .flatMap(client -> client.notice(globalId))
                .onErrorMap(SectorUnavailableException.class, this::unavailableProblem)
                .map(answer -> answer.getStatusCode().is2xxSuccessful() && answer.getBody() != null
                        ? responses.json(NoticeHistory.of(json.readTree(answer.getBody())), true)
                        : answer);
    }

    @Operation(summary = "公开事项标准目录", description = "合并各板块的公开事项标准目录，可按板块、公开层级和公开对象筛选")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PortalCatalog.class)))
    @GetMapping("/catalog")
    public Mono<ResponseEntity<byte[]>> catalog(
            @Parameter(description = "板块，可重复或用逗号分隔") @RequestParam(required = false) List<String> sector,
            @Parameter(description = "公开层级：COUNTY（县级）、TOWNSHIP（乡级）") @RequestParam(required = false) String level,
            @Parameter(description = "公开对象：PUBLIC（全社会）、SPECIFIC_GROUP（特定群体）") @RequestParam(required = false)
            String audience) {
        return Mono.fromSupplier(() -> CatalogQuery.of(sector, level, audience, clients.names()))
                .flatMap(catalogs::catalog)
                .map(catalog -> responses.json(catalog, catalog.complete()));
    }

    @Operation(summary = "公开统计", description = "按板块、类型、区划、月份统计公告数；正在公示、超时限发布的公告数；异议的提出、成立、逾期答复数")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PortalStats.class)))
    @GetMapping("/stats")
    public Mono<ResponseEntity<byte[]>> stats(
            @Parameter(description = "板块，可重复或用逗号分隔") @RequestParam(required = false) List<String> sector,
            @Parameter(description = "区划统计到几位代码：2、4、6、9（默认，乡级）或 12") @RequestParam(required = false)
            String regionDigits) {
        return Mono.fromSupplier(() -> StatsQuery.of(sector, regionDigits, clients.names()))
                .flatMap(statistics::stats)
                .map(stats -> responses.json(stats, stats.complete()));
    }

    @Operation(summary = "Atom 订阅", description = "整个门户或按板块、区划、类型筛选的 Atom 1.0 订阅源（最新的若干条）")
    @GetMapping(value = "/atom", produces = "application/atom+xml")
    public Mono<ResponseEntity<byte[]>> atom(
            @Parameter(description = "板块，可重复或用逗号分隔") @RequestParam(required = false) List<String> sector,
            @Parameter(description = "行政区划代码前缀") @RequestParam(required = false) String region,
            @Parameter(description = "公告类型代码") @RequestParam(required = false) String type,
            @Parameter(description = "条数，1至100，默认50") @RequestParam(required = false) String limit,
            ServerWebExchange exchange) {
        FeedRequest request = new FeedRequest(limit == null ? Integer.toString(ATOM_DEFAULT_LIMIT) : limit, null,
                sector, type, region, null, null, null, null);
        return Mono.fromSupplier(() -> FeedQuery.of(request, clients.names()))
                .flatMap(query -> feeds.feed(query).map(feed -> atomResponse(feed, query, sector != null
                        && !sector.isEmpty(), exchange)));
    }

    @Operation(summary = "合并的接口文档", description = "网关与各板块的 OpenAPI 文档合并为一份；x-sectors 说明各板块文档是否在内")
    @GetMapping(value = "/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<byte[]>> openApi() {
        return apiDocs.merged().map(doc -> responses.json(doc, ApiDocsService.complete(doc)));
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

    private SectorClient owningSector(String globalId) {
        String sector = FeedItem.sectorOf(globalId);
        return clients.find(sector).orElseThrow(() -> ProblemException.notFound("没有找到公告「" + globalId + "」：编号前缀不是已知的板块"));
    }

    private ProblemException unavailableProblem(SectorUnavailableException error) {
        String title = clients.find(error.sector()).map(SectorClient::title).orElse(error.sector());
        return GatewayProblems.sectorUnavailable(error.sector(),
                "「" + title + "」板块暂时无法访问（" + error.reason() + "），请稍后再试");
    }
}

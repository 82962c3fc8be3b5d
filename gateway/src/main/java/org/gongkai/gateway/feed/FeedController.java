package org.gongkai.gateway.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.gongkai.gateway.portal.FeedQuery;
import org.gongkai.gateway.portal.FeedRequest;
import org.gongkai.gateway.portal.PortalFeed;
import org.gongkai.gateway.portal.PortalFeedService;
import org.gongkai.gateway.portal.SectorClients;
import org.gongkai.gateway.web.PortalResponses;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * The merged feed of every sector's public notices. Always 200, even when sectors fail: {@code sectors} in the
 * body names each one's status (ok, stale, unavailable). The answer carries an ETag; a conditional GET answers 304.
 */
@RestController
@RequestMapping("/api/portal")
public class FeedController {

    private final PortalFeedService feeds;
    private final SectorClients clients;
    private final PortalResponses responses;

    public FeedController(PortalFeedService feeds, SectorClients clients, PortalResponses responses) {
        this.feeds = feeds;
        this.clients = clients;
        this.responses = responses;
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
}

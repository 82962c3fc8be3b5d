package org.gongkai.gateway.stats;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.gongkai.gateway.portal.SectorClients;
import org.gongkai.gateway.web.PortalResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** The portal's statistics summed over the sectors; 200 even when sectors fail, {@code sectors} names their status. */
@RestController
@RequestMapping("/api/portal")
public class StatsController {

    private final PortalStatsService statistics;
    private final SectorClients clients;
    private final PortalResponses responses;

    public StatsController(PortalStatsService statistics, SectorClients clients, PortalResponses responses) {
        this.statistics = statistics;
        this.clients = clients;
        this.responses = responses;
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
}

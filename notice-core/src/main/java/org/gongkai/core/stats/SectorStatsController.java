package org.gongkai.core.stats;

import io.swagger.v3.oas.annotations.Operation;
import org.gongkai.api.SectorStats;
import org.gongkai.core.feed.internal.FeedProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The sector's statistics for the annual disclosure report; the gateway adds up every sector's. */
@RestController
@RequestMapping("/api/${gongkai.sector.name}/public")
class SectorStatsController {

    private final SectorStatistics statistics;
    private final CacheControl cacheControl;

    public SectorStatsController(SectorStatistics statistics, FeedProperties properties) {
        this.statistics = statistics;
        this.cacheControl = CacheControl.maxAge(properties.publicMaxAge()).cachePublic();
    }

    @Operation(summary = "公开统计", description = "按类型、区划、月份统计公开公告数，正在公示的公告数，超时限发布数，异议受理、成立和逾期答复数")
    @GetMapping("/stats")
    Mono<ResponseEntity<SectorStats>> stats() {
        String etag = "W/\"stats-" + statistics.version() + "\"";
        return statistics.current().map(stats -> ResponseEntity.ok().eTag(etag).cacheControl(cacheControl).body(stats));
    }
}

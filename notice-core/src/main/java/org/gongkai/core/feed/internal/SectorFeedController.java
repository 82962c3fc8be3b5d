package org.gongkai.core.feed.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.gongkai.api.FeedPage;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The sector's public feed (the contract the gateway merges: {@code FeedPage} JSON). The ETag is the read model's
 * version, so a conditional GET answers 304 until a listed notice or the date changes.
 */
@RestController
@RequestMapping("/api/${gongkai.sector.name}/public")
public class SectorFeedController {

    private final SectorFeed feed;
    private final CacheControl cacheControl;

    public SectorFeedController(SectorFeed feed, FeedProperties properties) {
        this.feed = feed;
        this.cacheControl = CacheControl.maxAge(properties.publicMaxAge()).cachePublic();
    }

    @Operation(summary = "公开公告信息流", description = "本板块主动公开的公告，按发布时间倒序，游标翻页；可按类型、区划前缀、公示阶段、发布日期和关键词筛选")
    @GetMapping("/feed")
    Mono<ResponseEntity<FeedPage>> feed(
            @Parameter(description = "公告类型代码") @RequestParam(required = false) String type,
            @Parameter(description = "行政区划代码前缀（1至12位数字）") @RequestParam(required = false) String region,
            @Parameter(description = "公示阶段：SCHEDULED、IN_PUBLICITY、ENDED") @RequestParam(required = false) String phase,
            @Parameter(description = "关键词（标题和正文，中文子串匹配，不超过50字）") @RequestParam(required = false) String q,
            @Parameter(description = "发布日期起（yyyy-MM-dd，含）") @RequestParam(required = false) String from,
            @Parameter(description = "发布日期止（yyyy-MM-dd，含）") @RequestParam(required = false) String to,
            @Parameter(description = "上一页返回的 nextCursor") @RequestParam(required = false) String cursor,
            @Parameter(description = "每页条数，1至100，默认20") @RequestParam(required = false) String limit) {
        FeedQuery query = FeedQuery.parse(type, region, phase, q, from, to, cursor, limit);
        // read before the page: a change in between then costs a refetch, never a stale 304
        String etag = "W/\"feed-" + feed.version() + "\"";
        return feed.page(query).map(page -> ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(cacheControl)
                .body(page));
    }
}

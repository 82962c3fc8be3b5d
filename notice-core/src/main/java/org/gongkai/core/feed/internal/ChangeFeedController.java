package org.gongkai.core.feed.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.api.FeedParameters;
import org.gongkai.api.change.ChangePage;
import org.gongkai.api.change.SnapshotPage;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.api.problem.ProblemException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The sector's public change feed ({@code docs/portal-api.md}, "Change feed"): a snapshot to start from, then
 * every public change in order, resumable from any token it gave.
 */
@RestController
@RequestMapping("/api/${gongkai.sector.name}/public")
public class ChangeFeedController {

    static final int MAX_LIMIT = 1000;
    static final int MAX_WAIT_SECONDS = 30;

    private final PublicChanges changes;
    private final ChangeLog log;

    public ChangeFeedController(PublicChanges changes, ChangeLog log) {
        this.changes = changes;
        this.log = log;
    }

    @Operation(summary = "公开变更流", description = "本板块每一项公开变更（发布、更正、撤回、公示结束、归档、名单到期不再公开、异议数变化），"
            + "按发生顺序排列；以上次返回的 next 作为 after 续读，不重不漏。不带 after 从头读起；没有新变更时可用 wait 等待至多30秒")
    @GetMapping("/changes")
    Mono<ResponseEntity<ChangePage>> changes(
            @Parameter(description = "上次返回的 next（或快照的 token）；不填从头读起") @RequestParam(required = false) String after,
            @Parameter(description = "每页条数，1至1000，默认100") @RequestParam(required = false) String limit,
            @Parameter(description = "没有新变更时最多等待的秒数，0至30，默认0") @RequestParam(required = false) String wait) {
        List<FieldProblem> problems = new ArrayList<>();
        int size = FeedParameters.number("limit", "每页条数", limit, 1, MAX_LIMIT, 100, problems);
        int seconds = FeedParameters.number("wait", "等待秒数", wait, 0, MAX_WAIT_SECONDS, 0, problems);
        ChangeLog.Position parsed = after == null || after.isBlank() ? null : ChangeLog.Position.parse(after.trim());
        if (after != null && !after.isBlank() && parsed == null) {
            problems.add(FieldProblem.of("after", "不是本接口给出的位置：请使用上次返回的 next"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return log.head().flatMap(head -> {
            if (parsed != null && !parsed.epoch().equals(head.epoch())) {
                throw ProblemException.invalid(List.of(FieldProblem.of("after",
                        "这个位置属于已重建的变更记录，本板块无法从它续读：请从快照（/public/snapshot）重新开始")));
            }
            ChangeLog.Position from = parsed != null ? parsed : new ChangeLog.Position(head.epoch(), 0);
            return changes.after(from, size, Duration.ofSeconds(seconds));
        }).map(page -> ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(page));
    }

    @Operation(summary = "公开公告快照", description = "本板块全部公开公告（含已撤回、已更正的版本），按编号排列，游标翻页；"
            + "第一页的 token 是变更流的位置：读完快照后从它续读变更流，即不重不漏")
    @GetMapping("/snapshot")
    Mono<ResponseEntity<SnapshotPage>> snapshot(
            @Parameter(description = "上一页返回的 cursor") @RequestParam(required = false) String cursor,
            @Parameter(description = "每页条数，1至1000，默认200") @RequestParam(required = false) String limit) {
        List<FieldProblem> problems = new ArrayList<>();
        int size = FeedParameters.number("limit", "每页条数", limit, 1, MAX_LIMIT, 200, problems);
        if (cursor != null && (cursor.isBlank() || cursor.length() > 200)) {
            problems.add(FieldProblem.of("cursor", "不是本接口给出的游标：请使用上一页返回的 cursor"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return changes.snapshot(cursor, size)
                .map(page -> ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(page));
    }
}

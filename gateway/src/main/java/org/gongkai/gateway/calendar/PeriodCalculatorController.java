package org.gongkai.gateway.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.gateway.portal.SectorClient;
import org.gongkai.gateway.portal.SectorClients;
import org.gongkai.gateway.portal.SectorUnavailableException;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.gateway.problem.GatewayProblems;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The public period calculator at the portal. The computation is notice-core's, the same one publishing uses: the
 * gateway asks the named sector (for a notice type's catalogue row), or the first sector that answers (for a plain
 * length and unit; every sector loads the same calendars), and relays its answer.
 */
@RestController
@RequestMapping("/api/portal/calendar")
public class PeriodCalculatorController {

    private final SectorClients clients;

    public PeriodCalculatorController(SectorClients clients) {
        this.clients = clients;
    }

    @Operation(summary = "公示期计算器", description = "给出开始日期和天数（工作日或自然日），或给出板块与公告类型按目录的公示期规则，"
            + "答复公示期的第一天和最后一天，以及逐日的计入或跳过及理由（周末、节假日名称、调休上班日）。缺少某年节假日安排时答复422并指明应补充的文件。")
    @GetMapping("/period")
    public Mono<ResponseEntity<byte[]>> period(
            @Parameter(description = "公示开始日期，如 2026-01-30") @RequestParam(required = false) String start,
            @Parameter(description = "天数，1至366") @RequestParam(required = false) String length,
            @Parameter(description = "WORKING_DAYS（工作日）或 CALENDAR_DAYS（自然日）") @RequestParam(required = false) String unit,
            @Parameter(description = "板块，按公告类型计算时必填") @RequestParam(required = false) String sector,
            @Parameter(description = "公告类型代码，如 PRE_ANNOUNCEMENT") @RequestParam(required = false) String type) {
        List<SectorClient> candidates = candidates(sector, type);
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "start", start);
        put(parameters, "length", length);
        put(parameters, "unit", unit);
        put(parameters, "type", type);
        return Flux.fromIterable(candidates)
                .concatMap(client -> client.period(parameters)
                        .onErrorResume(SectorUnavailableException.class, unavailable -> Mono.empty()), 1)
                .next()
                .switchIfEmpty(Mono.error(() -> new ProblemException(ProblemType.SECTOR_UNAVAILABLE,
                        candidates.size() == 1 ? "「" + candidates.get(0).title() + "」板块暂时无法访问，请稍后再试"
                                : "各板块暂时都无法访问，无法计算公示期，请稍后再试")
                        .retryAfter(GatewayProblems.RETRY_AFTER_SECONDS)));
    }

    private List<SectorClient> candidates(String sector, String type) {
        if (sector == null || sector.isBlank()) {
            if (type != null && !type.isBlank()) {
                throw ProblemException.invalid(List.of(FieldProblem.of("sector",
                        "按公告类型计算公示期时须指明板块 sector（可选：" + String.join("、", clients.names()) + "）")));
            }
            return clients.all();
        }
        return clients.find(sector.trim()).map(List::of).orElseThrow(() -> ProblemException.invalid(
                List.of(FieldProblem.of("sector", "没有板块「" + sector + "」（可选："
                        + String.join("、", clients.names()) + "）"))));
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}

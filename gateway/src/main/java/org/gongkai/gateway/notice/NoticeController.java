package org.gongkai.gateway.notice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.gongkai.api.FeedItem;
import org.gongkai.api.PublicNotice;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.gateway.portal.SectorClient;
import org.gongkai.gateway.portal.SectorClients;
import org.gongkai.gateway.portal.SectorStatus;
import org.gongkai.gateway.portal.SectorUnavailableException;
import org.gongkai.gateway.problem.GatewayProblems;
import org.gongkai.gateway.readmodel.ModelEntry;
import org.gongkai.gateway.readmodel.PortalReadModel;
import org.gongkai.gateway.web.PortalResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * One notice by its global id ({@code land:…}): detail, digest check and history, answered from the read model, so
 * they stay readable while the notice's sector is down (the {@code X-Sector-Status} and {@code X-Sector-As-Of}
 * headers name its standing). A notice the model does not hold — not public, or published a moment ago — is asked
 * of its sector, whose answer (2xx or 4xx) is relayed; an unknown prefix is 404; a sector that cannot answer then
 * is a 503 problem naming it.
 */
@RestController
@RequestMapping("/api/portal/notices")
public class NoticeController {

    public static final String SECTOR_STATUS = "X-Sector-Status";
    public static final String SECTOR_AS_OF = "X-Sector-As-Of";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The answer of a digest check, the same shape as a sector's. */
    public record Verification(String id, String digest, String expected, boolean match, String validity) {
    }

    private final SectorClients clients;
    private final PortalReadModel model;
    private final PortalResponses responses;
    private final Clock clock;

    public NoticeController(SectorClients clients, PortalReadModel model, PortalResponses responses, Clock clock) {
        this.clients = clients;
        this.model = model;
        this.responses = responses;
        this.clock = clock;
    }

    @Operation(summary = "公告详情", description = "按全局编号（如 land:…）读取公告的公开内容；所属板块暂时无法访问时仍可读取，"
            + "响应头 X-Sector-Status 说明该板块的状态")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicNotice.class)))
    @GetMapping("/{globalId}")
    public Mono<ResponseEntity<byte[]>> notice(@PathVariable String globalId) {
        return fromModel(globalId, entry -> entry.notice().onDate(today()))
                .orElseGet(() -> relay(globalId, client -> client.notice(globalId)));
    }

    @Operation(summary = "核验公告摘要", description = "将一份公告副本的 SHA-256 摘要与发布时的摘要比对")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Verification.class)))
    @GetMapping("/{globalId}/verify")
    public Mono<ResponseEntity<byte[]>> verify(@PathVariable String globalId,
            @Parameter(description = "待核验的 SHA-256 摘要（十六进制）") @RequestParam String digest) {
        return fromModel(globalId, entry -> verification(entry.notice(), digest))
                .orElseGet(() -> relay(globalId, client -> client.verify(globalId, digest)));
    }

    @Operation(summary = "公告版本与公开历程", description = "公告的各个版本（更正）及其公开的状态变化")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NoticeHistory.class)))
    @GetMapping("/{globalId}/history")
    public Mono<ResponseEntity<byte[]>> history(@PathVariable String globalId) {
        return fromModel(globalId, entry -> NoticeHistory.of(entry.notice()))
                .orElseGet(() -> relay(globalId, client -> client.notice(globalId)
                        .map(answer -> answer.getStatusCode().is2xxSuccessful() && answer.getBody() != null
                                ? responses.json(NoticeHistory.of(responses.read(answer.getBody(), PublicNotice.class)),
                                        true)
                                : answer)));
    }

    private Optional<Mono<ResponseEntity<byte[]>>> fromModel(String globalId,
            java.util.function.Function<ModelEntry, Object> answer) {
        return model.notice(globalId).filter(entry -> entry.notice() != null).map(entry -> {
            SectorStatus status = model.status(entry.sector());
            ResponseEntity<byte[]> body = responses.json(answer.apply(entry), status.isOk());
            ResponseEntity.BodyBuilder builder = ResponseEntity.status(body.getStatusCode()).headers(body.getHeaders())
                    .header(SECTOR_STATUS, status.status());
            if (status.asOf() != null) {
                builder.header(SECTOR_AS_OF, status.asOf().toString());
            }
            return Mono.just(builder.body(body.getBody()));
        });
    }

    private static Verification verification(PublicNotice notice, String digest) {
        boolean match = notice.digest() != null && notice.digest().equalsIgnoreCase(digest.trim());
        return new Verification(notice.id(), digest, notice.digest(), match, notice.validity());
    }

    private Mono<ResponseEntity<byte[]>> relay(String globalId,
            java.util.function.Function<SectorClient, Mono<ResponseEntity<byte[]>>> call) {
        return Mono.fromSupplier(() -> owningSector(globalId)).flatMap(call)
                .onErrorMap(SectorUnavailableException.class, this::unavailableProblem);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SHANGHAI));
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

package org.gongkai.gateway.notice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.gongkai.api.FeedItem;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.gateway.portal.SectorClient;
import org.gongkai.gateway.portal.SectorClients;
import org.gongkai.gateway.portal.SectorUnavailableException;
import org.gongkai.gateway.problem.GatewayProblems;
import org.gongkai.gateway.web.PortalResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestParam;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * One notice by its global id ({@code land:…}), read from the sector its prefix names: the detail and the digest
 * check relayed as the sector answered (2xx and 4xx), the versions and public history taken from the detail. An
 * unknown prefix is 404; a sector that cannot answer is a 503 problem naming it.
 */
@RestController
@RequestMapping("/api/portal/notices")
public class NoticeController {

    private final SectorClients clients;
    private final PortalResponses responses;
    private final JsonMapper json;

    public NoticeController(SectorClients clients, PortalResponses responses, JsonMapper json) {
        this.clients = clients;
        this.responses = responses;
        this.json = json;
    }

    @Operation(summary = "公告详情", description = "按全局编号（如 land:…）从所属板块读取公告详情，原样转发")
    @GetMapping("/{globalId}")
    public Mono<ResponseEntity<byte[]>> notice(@PathVariable String globalId) {
        return Mono.fromSupplier(() -> owningSector(globalId))
                .flatMap(client -> client.notice(globalId))
                .onErrorMap(SectorUnavailableException.class, this::unavailableProblem);
    }

    @Operation(summary = "核验公告摘要", description = "将一份公告副本的 SHA-256 摘要与发布时的摘要比对")
    @GetMapping("/{globalId}/verify")
    public Mono<ResponseEntity<byte[]>> verify(@PathVariable String globalId,
            @Parameter(description = "待核验的 SHA-256 摘要（十六进制）") @RequestParam String digest) {
        return Mono.fromSupplier(() -> owningSector(globalId))
                .flatMap(client -> client.verify(globalId, digest))
                .onErrorMap(SectorUnavailableException.class, this::unavailableProblem);
    }

    @Operation(summary = "公告版本与公开历程", description = "公告的各个版本（更正）及其公开的状态变化")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NoticeHistory.class)))
    @GetMapping("/{globalId}/history")
    public Mono<ResponseEntity<byte[]>> history(@PathVariable String globalId) {
        return notice(globalId)
                .map(answer -> answer.getStatusCode().is2xxSuccessful() && answer.getBody() != null
                        ? responses.json(NoticeHistory.of(json.readTree(answer.getBody())), true)
                        : answer);
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

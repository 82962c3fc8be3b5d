package org.gongkai.gateway.catalog;

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

/** The merged standard catalogue of every sector; 200 even when sectors fail, {@code sectors} names their status. */
@RestController
@RequestMapping("/api/portal")
public class CatalogController {

    private final PortalCatalogService catalogs;
    private final SectorClients clients;
    private final PortalResponses responses;

    public CatalogController(PortalCatalogService catalogs, SectorClients clients, PortalResponses responses) {
        this.catalogs = catalogs;
        this.clients = clients;
        this.responses = responses;
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
}

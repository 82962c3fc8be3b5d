package org.gongkai.gateway.apidocs;

import io.swagger.v3.oas.annotations.Operation;

import org.gongkai.gateway.web.PortalResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** The gateway's and every sector's OpenAPI documents as one; {@code x-sectors} says whose are in it. */
@RestController
@RequestMapping("/api/portal")
public class ApiDocsController {

    private final ApiDocsService apiDocs;
    private final PortalResponses responses;

    public ApiDocsController(ApiDocsService apiDocs, PortalResponses responses) {
        this.apiDocs = apiDocs;
        this.responses = responses;
    }

    @Operation(summary = "合并的接口文档", description = "网关与各板块的 OpenAPI 文档合并为一份；x-sectors 说明各板块文档是否在内")
    @GetMapping(value = "/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<byte[]>> openApi() {
        return apiDocs.merged().map(doc -> responses.json(doc, ApiDocsService.complete(doc)));
    }
}

package org.gongkai.core.roster;

import org.gongkai.core.catalog.internal.CatalogProperties;
import org.gongkai.core.notice.internal.NoticeStore;
import org.gongkai.api.problem.ProblemException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Anonymous: a notice's de-identified roster, page by page or as a CSV / XLSX download, and the blank templates
 * street offices fill in.
 */
@RestController
@RequestMapping("/api/${gongkai.sector.name}/public")
class PublicRosterController {

    private final NoticeStore notices;
    private final RosterReader reader;
    private final CatalogProperties catalog;
    private final PublicRosterExport export;

    public PublicRosterController(NoticeStore notices, RosterReader reader, CatalogProperties catalog,
            PublicRosterExport export) {
        this.notices = notices;
        this.reader = reader;
        this.catalog = catalog;
        this.export = export;
    }

    @GetMapping("/notices/{id}/roster")
    Mono<RosterReader.PublicPage> rows(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return notices.publicNotice(id).flatMap(n -> reader.publicRows(n, page, size));
    }

    @GetMapping("/notices/{id}/roster.{format}")
    Mono<ResponseEntity<Flux<DataBuffer>>> download(@PathVariable String id, @PathVariable String format,
            ServerHttpRequest request) {
        return notices.publicNotice(id).flatMap(n -> export.download(n, format, request.getPath().value()));
    }

    @GetMapping("/rosters/templates/{type}.{format}")
    ResponseEntity<byte[]> template(@PathVariable String type, @PathVariable String format) {
        RosterSchema schema = catalog.rosters().get(type);
        if (schema == null) {
            throw ProblemException.notFound("没有名单模板：" + type);
        }
        boolean xlsx = "xlsx".equals(format);
        if (!xlsx && !"csv".equals(format)) {
            throw ProblemException.notFound("模板格式只有 csv 和 xlsx");
        }
        byte[] body = xlsx ? RosterTemplates.xlsx(schema) : RosterTemplates.csv(schema);
        MediaType media = xlsx ? MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(media)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(schema.title() + "模板." + format, java.nio.charset.StandardCharsets.UTF_8).build()
                        .toString())
                .body(body);
    }
}

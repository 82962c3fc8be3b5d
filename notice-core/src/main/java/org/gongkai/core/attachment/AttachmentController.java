package org.gongkai.core.attachment;

import org.gongkai.core.notice.internal.NoticeStore;
import org.gongkai.core.notice.NoticeView;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.core.sector.SectorProperties;
import org.gongkai.core.security.Actor;
import org.gongkai.core.security.Role;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Upload by editors; download by anyone once the notice is public, with headers that stop the browser sniffing. */
@RestController
@RequestMapping("/api/${gongkai.sector.name}")
class AttachmentController {

    private final AttachmentService attachments;
    private final NoticeStore notices;
    private final SectorProperties sector;

    public AttachmentController(AttachmentService attachments, NoticeStore notices, SectorProperties sector) {
        this.attachments = attachments;
        this.notices = notices;
        this.sector = sector;
    }

    @PostMapping(value = "/notices/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Mono<NoticeView> upload(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @RequestPart("file") FilePart file) {
        Actor actor = Actor.from(jwt);
        return notices.require(id).doOnNext(n -> actor.require(sector.name(), n.region(), Role.EDITOR))
                .flatMap(n -> attachments.attach(actor, n, file)).map(NoticeView::of);
    }

    @GetMapping("/public/attachments/{attachmentId}")
    Mono<ResponseEntity<Flux<DataBuffer>>> download(@PathVariable String attachmentId) {
        if (!attachmentId.matches("[0-9a-f]{24}")) {
            return Mono.error(ProblemException.notFound("没有这个附件"));
        }
        return attachments.read(attachmentId).flatMap(stored -> notices.publicNotice(noticeOf(stored))
                .thenReturn(ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(stored.kind().mimeType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                AttachmentNames.contentDisposition(stored.fileName(), stored.kind(), stored.sha256()))
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", "default-src 'none'; sandbox")
                        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600")
                        .body(stored.content())));
    }

    private static String noticeOf(AttachmentService.Stored stored) {
        return stored.noticeId();
    }
}

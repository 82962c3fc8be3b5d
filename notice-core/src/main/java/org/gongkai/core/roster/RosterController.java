package org.gongkai.core.roster;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.core.content.ContentDispositions;
import org.gongkai.core.notice.internal.NoticeStore;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;
import org.gongkai.core.sector.SectorProperties;
import org.gongkai.core.security.Actor;
import org.gongkai.core.security.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Roster upload (whole or nothing, with progress), and the department's unmasked view of a roster. */
@RestController
@RequestMapping("/api/${gongkai.sector.name}")
class RosterController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RosterUploadService service;
    private final RosterReader reader;
    private final RosterReports reports;
    private final NoticeStore notices;
    private final SectorProperties sector;
    private final RosterProperties properties;

    RosterController(RosterUploadService service, RosterReader reader, RosterReports reports, NoticeStore notices,
            SectorProperties sector, RosterProperties properties) {
        this.service = service;
        this.reader = reader;
        this.reports = reports;
        this.notices = notices;
        this.sector = sector;
        this.properties = properties;
    }

    @PostMapping(value = "/notices/{id}/rosters", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<ResponseEntity<RosterUpload>> upload(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @RequestPart("file") FilePart file, @RequestParam(defaultValue = "false") boolean async) {
        Actor actor = Actor.from(jwt);
        return notices.require(id)
                .doOnNext(n -> actor.require(sector.name(), n.region(), Role.ROSTER_UPLOADER, Role.EDITOR))
                .flatMap(n -> copy(file).flatMap(path -> service.upload(actor, n, file.filename(), path, async)))
                .map(result -> respond(result, async));
    }

    @GetMapping("/rosters/uploads/{uploadId}")
    Mono<RosterUpload> progress(@AuthenticationPrincipal Jwt jwt, @PathVariable String uploadId) {
        return permitted(jwt, uploadId);
    }

    /** Every problem of a refused upload, the cells at fault marked; only for those who may see the upload. */
    @GetMapping("/rosters/uploads/{uploadId}/report.xlsx")
    Mono<ResponseEntity<byte[]>> report(@AuthenticationPrincipal Jwt jwt, @PathVariable String uploadId) {
        return permitted(jwt, uploadId).flatMap(upload -> reports.load(upload.id()))
                .map(bytes -> ResponseEntity.ok().contentType(XLSX)
                        .header("Content-Disposition", ContentDispositions.attachment(
                                "roster-problems-" + uploadId + ".xlsx", "名单问题清单-" + uploadId + ".xlsx"))
                        .header("Cache-Control", "private, no-store")
                        .body(bytes));
    }

    private Mono<RosterUpload> permitted(Jwt jwt, String uploadId) {
        Actor actor = Actor.from(jwt);
        return service.progress(uploadId).flatMap(upload -> notices.require(upload.noticeId())
                .doOnNext(n -> actor.require(sector.name(), n.region(), Role.ROSTER_UPLOADER, Role.EDITOR,
                        Role.REVIEWER))
                .thenReturn(upload));
    }

    @GetMapping("/notices/{id}/roster")
    Mono<List<Map<String, String>>> raw(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        Actor actor = Actor.from(jwt);
        return notices.require(id)
                .doOnNext(n -> actor.require(sector.name(), n.region(), Role.EDITOR, Role.REVIEWER))
                .flatMap(reader::rawRows);
    }

    /** 202 with the progress address when asked for or when the file is worked on in the background. */
    private ResponseEntity<RosterUpload> respond(RosterUploadService.Result result, boolean async) {
        URI location = URI.create(sector.apiPath() + "/rosters/uploads/" + result.upload().id());
        if (async || result.background()) {
            return ResponseEntity.accepted().location(location).body(result.upload());
        }
        return result.duplicate() ? ResponseEntity.ok().header("X-Duplicate-Upload", "true").body(result.upload())
                : ResponseEntity.created(location).body(result.upload());
    }

    private Mono<Path> copy(FilePart file) {
        return Mono.fromCallable(() -> Files.createTempFile("roster-", ".upload"))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(path -> file.transferTo(path).thenReturn(path)
                        .onErrorResume(e -> Mono.fromRunnable(() -> deleteQuietly(path)).then(Mono.error(e))))
                .flatMap(this::checkSize);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temporary file the OS cleans up anyway
        }
    }

    private Mono<Path> checkSize(Path path) {
        long max = properties.maxFileSize().toBytes();
        return Mono.fromCallable(() -> {
            if (Files.size(path) > max) {
                Files.deleteIfExists(path);
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                        "名单文件不能超过" + max / 1024 / 1024 + "MB，请分街道或分批上传");
            }
            return path;
        }).subscribeOn(Schedulers.boundedElastic()).onErrorMap(IOException.class,
                e -> new ProblemException(ProblemType.INTERNAL, "上传文件保存失败"));
    }
}

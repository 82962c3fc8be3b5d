package org.gongkai.core.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.gongkai.core.catalog.Catalog;
import org.gongkai.core.catalog.CatalogRow;
import org.gongkai.core.content.ContentDigest;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeRepository;
import org.gongkai.core.notice.RosterRef;
import org.gongkai.core.privacy.FieldCipher;
import org.gongkai.core.privacy.MaskingPolicy;
import org.gongkai.core.problem.FieldProblem;
import org.gongkai.core.problem.ProblemException;
import org.gongkai.core.problem.ProblemType;
import org.gongkai.core.security.Actor;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes a roster file whole or not at all: rows are parsed as a stream, masked, sealed and staged under the upload
 * id; any bad row refuses the whole file with every problem listed; a good file becomes visible in one atomic
 * write to the notice. The same file uploaded again for the same notice adds nothing.
 */
@Service
public class RosterUploadService {

    private final RosterUploadRepository uploads;
    private final RosterRowRepository rows;
    private final NoticeRepository notices;
    private final ReactiveMongoTemplate mongo;
    private final Catalog catalog;
    private final FieldCipher cipher;
    private final JsonMapper json;
    private final Clock clock;
    private final RosterLimits limits;

    public RosterUploadService(RosterUploadRepository uploads, RosterRowRepository rows, NoticeRepository notices,
            ReactiveMongoTemplate mongo, Catalog catalog, FieldCipher cipher, JsonMapper json, Clock clock) {
        this.uploads = uploads;
        this.rows = rows;
        this.notices = notices;
        this.mongo = mongo;
        this.catalog = catalog;
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
        this.limits = RosterLimits.DEFAULT;
    }

    public record Result(RosterUpload upload, boolean duplicate) {
    }

    /**
     * @param file  a temporary copy of the upload; this service deletes it when done
     * @param async answer as soon as the upload is registered (state PROCESSING, progress in {@code rowsRead}) and
     *              finish in the background; the outcome is then read with {@link #progress}
     */
    public Mono<Result> upload(Actor actor, Notice notice, String fileName, Path file, boolean async) {
        // deferred, so that a refusal thrown while starting still reaches doFinally and the file is removed;
        // only a fresh asynchronous upload hands the file on to its background work
        return Mono.defer(() -> start(actor, notice, fileName, file, async)).doFinally(signal -> {
            if (!async || signal != reactor.core.publisher.SignalType.ON_COMPLETE) {
                deleteQuietly(file);
            }
        }).doOnNext(result -> {
            if (result.duplicate()) {
                deleteQuietly(file);
            }
        });
    }

    private Mono<Result> start(Actor actor, Notice notice, String fileName, Path file, boolean async) {
        CatalogRow row = catalog.require(notice.catalogRow());
        RosterSchema schema = catalog.rosterOf(row).orElseThrow(() -> new ProblemException(ProblemType.VALIDATION,
                "目录事项「" + row.subItem() + "」不附名单", List.of(FieldProblem.of("file", "该事项不需要上传名单"))));
        if (!notice.status().editable()) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "公告已提交审核或已发布，名单不能再更换；请提交更正");
        }
        return Mono.fromCallable(() -> sha256(file)).subscribeOn(Schedulers.boundedElastic())
                .flatMap(sha -> uploads.findFirstByNoticeIdAndSha256AndState(notice.id(), sha, RosterUpload.State.ACCEPTED)
                        .flatMap(existing -> reattach(actor, notice, existing))
                        .switchIfEmpty(Mono.defer(() -> fresh(actor, notice, row, schema, fileName, file, sha,
                                async))));
    }

    public Mono<RosterUpload> progress(String uploadId) {
        return uploads.findById(uploadId).switchIfEmpty(Mono.error(ProblemException.notFound("没有这次名单上传：" + uploadId)));
    }

    private Mono<Result> reattach(Actor actor, Notice notice, RosterUpload existing) {
        if (notice.roster() != null && existing.id().equals(notice.roster().uploadId())) {
            return Mono.just(new Result(existing, true));
        }
        notice.attachRoster(refOf(existing), actor, clock.instant());
        return notices.save(notice).thenReturn(new Result(existing, true));
    }

    private Mono<Result> fresh(Actor actor, Notice notice, CatalogRow row, RosterSchema schema, String fileName,
            Path file, String sha, boolean async) {
        RosterUpload header = new RosterUpload(new ObjectId().toHexString(), notice.id(), schema.type(), fileName, sha,
                RosterUpload.State.PROCESSING, 0, 0, List.of(), false, null, actor.id(), clock.instant(), null);
        MaskingPolicy policy = catalog.maskingOf(row);
        return uploads.insert(header).flatMap(saved -> {
            Mono<Result> work = Mono.fromCallable(() -> parse(saved, schema, policy, file))
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(staged -> staged.report().problems().isEmpty()
                            ? accept(actor, notice, staged) : refuse(staged));
            if (!async) {
                return work;
            }
            work.doFinally(signal -> deleteQuietly(file)).subscribe(done -> { }, error -> { });
            return Mono.just(new Result(saved, false));
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temp file the OS cleans up anyway
        }
    }

    private record Staged(RosterUpload header, ParseReport report, String digest) {
    }

    private Staged parse(RosterUpload header, RosterSchema schema, MaskingPolicy policy, Path file) throws IOException {
        StagingSink sink = new StagingSink(header, schema, policy);
        ParseReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = RosterParser.parse(in, header.fileName(), schema, limits, sink, clock);
        } catch (RosterTooLargeException e) {
            report = new ParseReport(0, 0, List.of(new RowProblem(0, "file", e.getMessage())), false);
        }
        return new Staged(header, report, sink.digest());
    }

    /** Runs on a bounded-elastic thread: masks, seals and writes each batch, and reports progress on the header. */
    private final class StagingSink implements RowSink {
        private final RosterUpload header;
        private final RosterSchema schema;
        private final MaskingPolicy policy;
        private final java.security.MessageDigest digest = newSha256();
        private int written;

        StagingSink(RosterUpload header, RosterSchema schema, MaskingPolicy policy) {
            this.header = header;
            this.schema = schema;
            this.policy = policy;
        }

        @Override
        public void accept(List<ParsedRow> batch) {
            List<RosterRow> docs = new ArrayList<>(batch.size());
            for (ParsedRow parsed : batch) {
                Map<String, String> visible = policy.maskRow(schema, parsed.values());
                digest.update(ContentDigest.canonicalJson(visible).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                docs.add(new RosterRow(null, header.id(), parsed.line(), visible,
                        cipher.encrypt(json.writeValueAsString(parsed.values()))));
            }
            written += docs.size();
            rows.insert(docs).then(mongo.updateFirst(Query.query(Criteria.where("_id").is(header.id())),
                    Update.update("rowsRead", written), RosterUpload.class)).block();
        }

        String digest() {
            return java.util.HexFormat.of().formatHex(digest.digest());
        }
    }

    private Mono<Result> accept(Actor actor, Notice notice, Staged staged) {
        RosterUpload done = finish(staged, RosterUpload.State.ACCEPTED);
        String previous = notice.roster() == null ? null : notice.roster().uploadId();
        notice.attachRoster(refOf(done), actor, clock.instant());
        return notices.save(notice)
                .onErrorResume(e -> rows.deleteByUploadId(done.id()).then(uploads.save(
                        finish(staged, RosterUpload.State.REJECTED))).then(Mono.error(e)))
                .then(uploads.save(done))
                .flatMap(saved -> markReplaced(notice.id(), previous).thenReturn(new Result(saved, false)));
    }

    private Mono<Result> refuse(Staged staged) {
        RosterUpload rejected = finish(staged, RosterUpload.State.REJECTED);
        List<FieldProblem> errors = rejected.problems().stream()
                .map(p -> FieldProblem.atLine(p.line(), p.column(), p.reason())).toList();
        String detail = "名单共" + staged.report().rowsRead() + "行，发现" + errors.size() + "处问题"
                + (staged.report().truncated() ? "（问题过多，仅列出前" + errors.size() + "处）" : "")
                + "，整份名单未被接收，请修改后重新上传";
        return rows.deleteByUploadId(rejected.id()).then(uploads.save(rejected))
                .then(Mono.error(new ProblemException(ProblemType.ROSTER_REJECTED, detail, errors)));
    }

    /** Only this notice's own upload: one a correction inherited still serves the superseded version's rows. */
    private Mono<Void> markReplaced(String noticeId, String previousUploadId) {
        if (previousUploadId == null) {
            return Mono.empty();
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(previousUploadId).and("noticeId").is(noticeId)),
                Update.update("state", RosterUpload.State.REPLACED), RosterUpload.class).then();
    }

    private RosterUpload finish(Staged s, RosterUpload.State state) {
        RosterUpload h = s.header();
        ParseReport r = s.report();
        return new RosterUpload(h.id(), h.noticeId(), h.type(), h.fileName(), h.sha256(), state, r.rowsRead(),
                r.rowsValid(), r.problems(), r.truncated(), state == RosterUpload.State.ACCEPTED ? s.digest() : null,
                h.uploaderId(), h.createdAt(), Instant.now(clock));
    }

    private static RosterRef refOf(RosterUpload upload) {
        return new RosterRef(upload.id(), upload.type(), upload.rowsValid(), upload.digest(), null);
    }

    private static java.security.MessageDigest newSha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            java.security.MessageDigest md = newSha256();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.gongkai.core.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.gongkai.core.catalog.Catalog;
import org.gongkai.core.catalog.CatalogRow;
import org.gongkai.core.content.ContentDigest;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.internal.NoticeRepository;
import org.gongkai.core.notice.RosterRef;
import org.gongkai.core.privacy.MaskingPolicy;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;
import org.gongkai.core.sector.SectorProperties;
import org.gongkai.core.security.Actor;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.core.scheduler.Schedulers;
import org.gongkai.core.roster.internal.RosterUploadRepository;

/**
 * Takes a roster file whole or not at all: rows are parsed as a stream, masked, sealed and staged under the upload
 * id; any bad row refuses the whole file with every problem counted (the first ones listed, all of them in a
 * downloadable report); a good file becomes visible in one atomic write to the notice. The same file uploaded
 * again for the same notice adds nothing. A file above {@code gongkai.roster.background-above} is always worked
 * on in the background (202 and a progress address), so no upload outlasts a gateway's timeout.
 */
@Service
public class RosterUploadService {

    /** Rows a stored chunk holds: a 100,000-row roster is 100 writes, and a chunk stays far below 16 MB. */
    static final int CHUNK_ROWS = 1_000;
    /** Progress (and the worker's heartbeat) is written every this many rows, or when a second has passed. */
    private static final int PROGRESS_EVERY_ROWS = 10_000;

    private final RosterUploadRepository uploads;
    private final RosterRows rows;
    private final RosterReports reports;
    private final NoticeRepository notices;
    private final ReactiveMongoTemplate mongo;
    private final Catalog catalog;
    private final RosterProperties properties;
    private final UploadWorker worker;
    private final SectorProperties sector;
    private final Clock clock;

    RosterUploadService(RosterUploadRepository uploads, RosterRows rows, RosterReports reports,
            NoticeRepository notices, ReactiveMongoTemplate mongo, Catalog catalog, RosterProperties properties,
            UploadWorker worker, SectorProperties sector, Clock clock) {
        this.uploads = uploads;
        this.rows = rows;
        this.reports = reports;
        this.notices = notices;
        this.mongo = mongo;
        this.catalog = catalog;
        this.properties = properties;
        this.worker = worker;
        this.sector = sector;
        this.clock = clock;
    }

    /** {@code background}: the answer came before the outcome, which {@link #progress} then tells. */
    public record Result(RosterUpload upload, boolean duplicate, boolean background) {
    }

    /**
     * @param file  a temporary copy of the upload; this service deletes it when done
     * @param async answer as soon as the upload is registered (state PROCESSING, progress in {@code rowsRead}) and
     *              finish in the background; large files are always handled so
     */
    public Mono<Result> upload(Actor actor, Notice notice, String fileName, Path file, boolean async) {
        // deferred, so that a refusal thrown while starting still reaches doFinally and the file is removed;
        // only a fresh background upload hands the file on to its background work
        return Mono.defer(() -> start(actor, notice, fileName, file, async || isLarge(file)))
                .doOnNext(result -> {
                    if (!result.background()) {
                        deleteQuietly(file);
                    }
                })
                .doFinally(signal -> {
                    if (signal != SignalType.ON_COMPLETE) {
                        deleteQuietly(file);
                    }
                });
    }

    public Mono<RosterUpload> progress(String uploadId) {
        return uploads.findById(uploadId)
                .switchIfEmpty(Mono.error(ProblemException.notFound("没有这次名单上传：" + uploadId)));
    }

    private boolean isLarge(Path file) {
        try {
            return Files.size(file) > properties.backgroundAbove().toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Mono<Result> start(Actor actor, Notice notice, String fileName, Path file, boolean background) {
        CatalogRow row = catalog.require(notice.catalogRow());
        RosterSchema schema = catalog.rosterOf(row).orElseThrow(() -> new ProblemException(ProblemType.VALIDATION,
                "目录事项「" + row.subItem() + "」不附名单", List.of(FieldProblem.of("file", "该事项不需要上传名单"))));
        if (!notice.status().editable()) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "公告已提交审核或已发布，名单不能再更换；请提交更正");
        }
        return Mono.fromCallable(() -> sha256(file)).subscribeOn(Schedulers.boundedElastic())
                .flatMap(sha -> uploads.findFirstByNoticeIdAndSha256AndState(notice.id(), sha,
                                RosterUpload.State.ACCEPTED)
                        .flatMap(existing -> reattach(actor, notice, existing))
                        .switchIfEmpty(Mono.defer(() -> fresh(actor, notice, row, schema, fileName, file, sha,
                                background))));
    }

    private Mono<Result> reattach(Actor actor, Notice notice, RosterUpload existing) {
        if (notice.roster() != null && existing.id().equals(notice.roster().uploadId())) {
            return Mono.just(new Result(existing, true, false));
        }
        notice.attachRoster(refOf(existing), actor, clock.instant());
        return notices.save(notice).thenReturn(new Result(existing, true, false));
    }

    private Mono<Result> fresh(Actor actor, Notice notice, CatalogRow row, RosterSchema schema, String fileName,
            Path file, String sha, boolean background) {
        RosterUpload header = new RosterUpload(new ObjectId().toHexString(), notice.id(), schema.type(), fileName, sha,
                RosterUpload.State.PROCESSING, 0, 0, List.of(), 0, false, null, null, actor.id(), clock.instant(),
                null, worker.name(), worker.run(), clock.instant());
        MaskingPolicy policy = catalog.maskingOf(row);
        return uploads.insert(header).flatMap(saved -> {
            Mono<Result> work = Mono.fromCallable(() -> parse(saved, schema, policy, file))
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(staged -> staged.report().accepted() ? accept(actor, notice, staged) : refuse(staged));
            if (!background) {
                return work;
            }
            work.doFinally(signal -> deleteQuietly(file)).subscribe(done -> { }, error -> { });
            return Mono.just(new Result(saved, false, true));
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temp file the OS cleans up anyway
        }
    }

    /** {@code staged}: whether any rows were written (only then is there anything to remove on refusal). */
    private record Staged(RosterUpload header, ParseReport report, String digest, Path problemReport,
            boolean staged) {
    }

    private Staged parse(RosterUpload header, RosterSchema schema, MaskingPolicy policy, Path file)
            throws IOException {
        StagingSink sink = new StagingSink(header, schema, policy);
        Path reportFile = Files.createTempFile("roster-problems-", ".xlsx");
        ParseReport report;
        try (ProblemReport problems = new ProblemReport(reportFile)) {
            report = RosterParser.parse(file, header.fileName(), schema, properties.limitsFor(schema), sink,
                    problems, clock, CHUNK_ROWS);
        } catch (RosterTooLargeException e) {
            report = ParseReport.failed(e.getMessage());
        } catch (RuntimeException e) {
            sink.storing.exceptionally(ignored -> null).join();
            Files.deleteIfExists(reportFile);
            throw e;
        }
        sink.finish();
        return new Staged(header, report, sink.digest(), reportFile, sink.written > 0);
    }

    /** Runs on a bounded-elastic thread: masks, seals and writes each batch, and reports progress on the header. */
    private final class StagingSink implements RowSink {
        private final RosterUpload header;
        private final RosterSchema schema;
        private final MaskingPolicy policy;
        private final MessageDigest digest = newSha256();
        private int written;
        /** The one chunk being stored while the next is parsed: parsing and storing overlap on two cores. */
        private java.util.concurrent.CompletableFuture<Void> storing =
                java.util.concurrent.CompletableFuture.completedFuture(null);
        private int reported;
        private java.time.Instant reportedAt = clock.instant();

        StagingSink(RosterUpload header, RosterSchema schema, MaskingPolicy policy) {
            this.header = header;
            this.schema = schema;
            this.policy = policy;
        }

        @Override
        public void accept(List<ParsedRow> batch) {
            List<RosterRow> visible = new ArrayList<>(batch.size());
            List<Map<String, String>> raw = new ArrayList<>(batch.size());
            for (ParsedRow parsed : batch) {
                Map<String, String> masked = policy.maskRow(schema, parsed.values());
                digest.update(ContentDigest.canonicalJson(masked).getBytes(StandardCharsets.UTF_8));
                visible.add(new RosterRow(parsed.line(), masked));
                raw.add(parsed.values());
            }
            Mono<Void> write = rows.write(header.id(), written, visible, raw);
            storing.join();
            storing = write.toFuture();
            written += batch.size();
        }

        /** Waits for the last chunk; a failed write fails the upload here at the latest. */
        void finish() {
            storing.join();
        }

        @Override
        public void progress(int rowsRead) {
            java.time.Instant now = clock.instant();
            if (rowsRead - reported < PROGRESS_EVERY_ROWS && now.isBefore(reportedAt.plusSeconds(1))) {
                return;
            }
            reported = rowsRead;
            reportedAt = now;
            mongo.updateFirst(Query.query(Criteria.where("_id").is(header.id())),
                    new Update().set("rowsRead", rowsRead).set("heartbeatAt", now),
                    RosterUpload.class).block();
        }

        String digest() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    private Mono<Result> accept(Actor actor, Notice notice, Staged staged) {
        deleteQuietly(staged.problemReport());
        RosterUpload done = finish(staged, RosterUpload.State.ACCEPTED, null);
        String previous = notice.roster() == null ? null : notice.roster().uploadId();
        notice.attachRoster(refOf(done), actor, clock.instant());
        return notices.save(notice)
                .onErrorResume(e -> rows.delete(done.id()).then(uploads.save(
                        finish(staged, RosterUpload.State.REJECTED, null))).then(Mono.error(e)))
                .then(uploads.save(done))
                .flatMap(saved -> markReplaced(notice.id(), previous).thenReturn(new Result(saved, false, false)));
    }

    private Mono<Result> refuse(Staged staged) {
        String reportAt = sector.apiPath() + "/rosters/uploads/" + staged.header().id() + "/report.xlsx";
        RosterUpload rejected = finish(staged, RosterUpload.State.REJECTED, reportAt);
        List<FieldProblem> errors = rejected.problems().stream()
                .map(p -> FieldProblem.atLine(p.line(), p.column(), p.reason())).toList();
        ParseReport report = staged.report();
        String detail = "名单共" + report.rowsRead() + "行，发现" + report.problemCount() + "处问题"
                + (report.truncated() ? "，下面列出前" + errors.size() + "处（按行号）" : "")
                + "，整份名单未被接收；完整的问题清单（问题单元格标红）可下载：" + reportAt + "，请修改后重新上传";
        ProblemException refusal = new ProblemException(ProblemType.ROSTER_REJECTED, detail, errors)
                .with("problemCount", report.problemCount()).with("report", reportAt)
                .with("uploadId", rejected.id());
        return reports.store(rejected.id(), staged.problemReport())
                .doFinally(signal -> deleteQuietly(staged.problemReport()))
                .then(staged.staged() ? rows.delete(rejected.id()) : Mono.empty()).then(uploads.save(rejected))
                .then(Mono.error(refusal));
    }

    /** Only this notice's own upload: one a correction inherited still serves the superseded version's rows. */
    private Mono<Void> markReplaced(String noticeId, String previousUploadId) {
        if (previousUploadId == null) {
            return Mono.empty();
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(previousUploadId).and("noticeId").is(noticeId)),
                Update.update("state", RosterUpload.State.REPLACED), RosterUpload.class).then();
    }

    private RosterUpload finish(Staged s, RosterUpload.State state, String report) {
        RosterUpload h = s.header();
        ParseReport r = s.report();
        return new RosterUpload(h.id(), h.noticeId(), h.type(), h.fileName(), h.sha256(), state, r.rowsRead(),
                r.rowsValid(), r.problems(), r.problemCount(), r.truncated(),
                state == RosterUpload.State.ACCEPTED ? s.digest() : null, report, h.uploaderId(), h.createdAt(),
                clock.instant(), h.worker(), h.workerRun(), clock.instant());
    }

    private static RosterRef refOf(RosterUpload upload) {
        return new RosterRef(upload.id(), upload.type(), upload.rowsValid(), upload.digest(), null);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = newSha256();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

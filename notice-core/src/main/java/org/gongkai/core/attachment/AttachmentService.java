package org.gongkai.core.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.gongkai.core.content.AttachmentKind;
import org.gongkai.core.content.AttachmentSniffer;
import org.gongkai.core.notice.AttachmentRef;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.internal.NoticeRepository;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;
import org.gongkai.core.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsResource;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Attachments (the approval document, the "one report and four plans", maps) kept with the notice in GridFS.
 * The kind is decided by the file's first bytes, never its name; only PDF, PNG and JPEG are taken. Before anything
 * is stored, a PDF's text is scanned for personal numbers, and the metadata that identifies people is removed from
 * every file; the stored size and SHA-256 are those of the cleaned file. The upload is worked on in a temporary
 * folder, never whole in memory, and the folder is deleted however the upload ends.
 */
@Service
class AttachmentService {

    private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);
    private static final int CHUNK = 64 * 1024;

    private final ReactiveGridFsTemplate gridFs;
    private final NoticeRepository notices;
    private final AttachmentProperties limits;
    private final Clock clock;

    public AttachmentService(ReactiveGridFsTemplate gridFs, NoticeRepository notices, AttachmentProperties limits,
            Clock clock) {
        this.gridFs = gridFs;
        this.notices = notices;
        this.limits = limits;
        this.clock = clock;
    }

    public record Stored(String noticeId, AttachmentKind kind, String fileName, String sha256,
            Flux<DataBuffer> content) {
    }

    /** A cleaned file ready to store. */
    record Prepared(AttachmentKind kind, Path file, String name, long size, String sha256) {
    }

    public Mono<Notice> attach(Actor actor, Notice notice, FilePart part) {
        return Mono.usingWhen(
                Mono.fromCallable(() -> Files.createTempDirectory("attachment-")).subscribeOn(Schedulers.boundedElastic()),
                folder -> receive(part, folder.resolve("upload"))
                        .then(Mono.fromCallable(() -> prepare(folder, part.filename()))
                                .subscribeOn(Schedulers.boundedElastic()))
                        .flatMap(prepared -> store(actor, notice, prepared)),
                AttachmentService::delete);
    }

    public Mono<Stored> read(String attachmentId) {
        return gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(attachmentId))))
                .switchIfEmpty(Mono.error(ProblemException.notFound("没有这个附件")))
                .flatMap(file -> gridFs.getResource(file).map(resource -> stored(file.getMetadata(), resource)));
    }

    private Mono<Void> receive(FilePart part, Path upload) {
        long max = limits.maxSize().toBytes();
        return DataBufferUtils.write(DataBufferUtils.takeUntilByteCount(part.content(), max + 1), upload)
                .onErrorMap(DataBufferLimitException.class, e -> tooLarge())
                .then(Mono.fromCallable(() -> Files.size(upload)).subscribeOn(Schedulers.boundedElastic()))
                .flatMap(size -> size > max ? Mono.error(tooLarge()) : Mono.empty());
    }

    private ProblemException tooLarge() {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "附件不能超过" + limits.maxSize().toMegabytes() + "MB");
    }

    /** Blocking: sniffs, checks and cleans the upload in {@code folder}. */
    Prepared prepare(Path folder, String uploadedName) throws IOException {
        Path upload = folder.resolve("upload");
        AttachmentKind kind = AttachmentSniffer.detect(head(upload)).orElseThrow(() -> new ProblemException(
                ProblemType.UNSUPPORTED_MEDIA, "附件只接受PDF、PNG、JPEG文件（按文件内容判断，与扩展名无关；"
                        + "Word、Excel等办公文档请先转成PDF）"));
        Path clean = folder.resolve("clean");
        Path kept = switch (kind) {
            case PDF -> PdfMetadata.clean(upload, clean, limits.maxPdfPages()) == PdfMetadata.Outcome.REWRITTEN
                    ? clean : upload;
            case JPEG -> filter(upload, clean, JpegMetadata::strip);
            case PNG -> filter(upload, clean, PngMetadata::strip);
        };
        String sha = sha256(kept);
        return new Prepared(kind, kept, AttachmentNames.safe(uploadedName, kind, sha), Files.size(kept), sha);
    }

    private interface Filter {
        void copy(InputStream in, OutputStream out) throws IOException;
    }

    private static Path filter(Path upload, Path clean, Filter filter) throws IOException {
        try (InputStream in = Files.newInputStream(upload); OutputStream out = Files.newOutputStream(clean)) {
            filter.copy(in, out);
        }
        return clean;
    }

    private Mono<Notice> store(Actor actor, Notice notice, Prepared file) {
        Document metadata = new Document("noticeId", notice.id()).append("kind", file.kind().name())
                .append("sha256", file.sha256()).append("name", file.name());
        Flux<DataBuffer> content = DataBufferUtils.read(file.file(), DefaultDataBufferFactory.sharedInstance, CHUNK);
        return gridFs.store(content, file.name(), file.kind().mimeType(), metadata).flatMap(id -> {
            notice.addAttachment(new AttachmentRef(id.toHexString(), file.name(), file.kind().name(), file.size(),
                    file.sha256()), actor, clock.instant());
            return notices.save(notice);
        });
    }

    private static Stored stored(Document metadata, ReactiveGridFsResource resource) {
        AttachmentKind kind = AttachmentKind.valueOf(metadata.getString("kind"));
        return new Stored(metadata.getString("noticeId"), kind, metadata.getString("name"),
                metadata.getString("sha256"), resource.getDownloadStream());
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(AttachmentSniffer.HEAD_LENGTH);
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Mono<Void> delete(Path folder) {
        return Mono.<Void>fromRunnable(() -> {
            try (Stream<Path> files = Files.list(folder)) {
                files.forEach(AttachmentService::deleteQuietly);
            } catch (IOException | UncheckedIOException e) {
                log.warn("could not list temporary attachment folder {}", folder, e);
            }
            deleteQuietly(folder);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("could not delete temporary attachment file {}", path, e);
        }
    }
}

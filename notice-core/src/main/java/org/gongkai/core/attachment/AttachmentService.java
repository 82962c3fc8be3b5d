package org.gongkai.core.attachment;

import java.time.Clock;
import java.util.HexFormat;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.gongkai.core.content.AttachmentKind;
import org.gongkai.core.content.AttachmentSniffer;
import org.gongkai.core.notice.AttachmentRef;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeRepository;
import org.gongkai.core.problem.ProblemException;
import org.gongkai.core.problem.ProblemType;
import org.gongkai.core.security.Actor;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsResource;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Attachments (the approval document, the "one report and four plans", maps) kept with the notice in GridFS.
 * The kind is decided by the file's first bytes, never its name; only PDF, PNG and JPEG are taken.
 */
@Service
public class AttachmentService {

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final ReactiveGridFsTemplate gridFs;
    private final NoticeRepository notices;
    private final Clock clock;

    public AttachmentService(ReactiveGridFsTemplate gridFs, NoticeRepository notices, Clock clock) {
        this.gridFs = gridFs;
        this.notices = notices;
        this.clock = clock;
    }

    public record Stored(String noticeId, AttachmentKind kind, String fileName, Flux<DataBuffer> content) {
    }

    public Mono<Notice> attach(Actor actor, Notice notice, FilePart part) {
        return DataBufferUtils.join(part.content(), MAX_BYTES)
                .onErrorMap(org.springframework.core.io.buffer.DataBufferLimitException.class,
                        e -> new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "附件不能超过" + MAX_BYTES / 1024 / 1024 + "MB"))
                .map(AttachmentService::bytes)
                .flatMap(bytes -> store(actor, notice, part.filename(), bytes));
    }

    public Mono<Stored> read(String attachmentId) {
        return gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(attachmentId))))
                .switchIfEmpty(Mono.error(ProblemException.notFound("没有这个附件")))
                .flatMap(file -> gridFs.getResource(file).map(resource -> stored(file.getMetadata(), resource)));
    }

    private Mono<Notice> store(Actor actor, Notice notice, String name, byte[] bytes) {
        AttachmentKind kind = AttachmentSniffer.detect(bytes).orElseThrow(() -> new ProblemException(
                ProblemType.UNSUPPORTED_MEDIA, "附件只接受PDF、PNG、JPEG文件（按文件内容判断，与扩展名无关）"));
        String sha = sha256(bytes);
        Document metadata = new Document("noticeId", notice.id()).append("kind", kind.name()).append("sha256", sha)
                .append("name", name);
        Flux<DataBuffer> content = Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes));
        return gridFs.store(content, name, kind.mimeType(), metadata).flatMap(id -> {
            notice.addAttachment(new AttachmentRef(id.toHexString(), name, kind.name(), bytes.length, sha), actor,
                    clock.instant());
            return notices.save(notice);
        });
    }

    private static Stored stored(Document metadata, ReactiveGridFsResource resource) {
        AttachmentKind kind = AttachmentKind.valueOf(metadata.getString("kind"));
        return new Stored(metadata.getString("noticeId"), kind, metadata.getString("name"), resource.getDownloadStream());
    }

    private static byte[] bytes(DataBuffer buffer) {
        byte[] bytes = new byte[buffer.readableByteCount()];
        buffer.read(bytes);
        DataBufferUtils.release(buffer);
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.gongkai.core.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;
import org.gongkai.core.privacy.FieldCipher;
import org.gongkai.api.problem.ProblemException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Keeps each refused upload's problem report, sealed, for {@code gongkai.roster.reports-kept-for}. */
@Component
public class RosterReports {

    private static final int PART_BYTES = 1024 * 1024;

    private final RosterReportPartRepository parts;
    private final FieldCipher cipher;
    private final RosterProperties properties;
    private final Clock clock;

    RosterReports(RosterReportPartRepository parts, FieldCipher cipher, RosterProperties properties, Clock clock) {
        this.parts = parts;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
    }

    Mono<Void> store(String uploadId, Path file) {
        Instant now = clock.instant();
        return Flux.defer(() -> Flux.fromIterable(split(file))).subscribeOn(Schedulers.boundedElastic())
                .index()
                .map(part -> new RosterReportPart(new ObjectId().toHexString(), uploadId, part.getT1().intValue(), now,
                        cipher.encryptBytes(part.getT2())))
                .concatMap(parts::insert).then();
    }

    /** The report as an XLSX workbook, or 404 when there is none (accepted, or older than the retention). */
    public Mono<byte[]> load(String uploadId) {
        return parts.findByUploadIdOrderBySeqAsc(uploadId)
                .reduce(new ByteArrayOutputStream(), (all, part) -> {
                    all.writeBytes(cipher.decryptBytes(part.sealed()));
                    return all;
                })
                .filter(all -> all.size() > 0)
                .map(ByteArrayOutputStream::toByteArray)
                .switchIfEmpty(Mono.error(ProblemException.notFound("这次上传没有问题清单，或问题清单已超过保存期限"
                        + properties.reportsKeptFor().toDays() + "天")));
    }

    /** Removes reports past their retention; run by the housekeeping pass. */
    public Mono<Void> removeExpired() {
        return parts.deleteByCreatedAtBefore(clock.instant().minus(properties.reportsKeptFor()));
    }

    private static List<byte[]> split(Path file) {
        List<byte[]> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] part;
            while ((part = in.readNBytes(PART_BYTES)).length > 0) {
                out.add(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

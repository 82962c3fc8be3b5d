package org.gongkai.core.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.gongkai.core.privacy.FieldCipher;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way to read and write an upload's rows, whatever their storage: the de-identified rows in order, a page
 * of them, the department's raw values, and removal. Rows are kept in {@link RosterChunk}s.
 */
@Component
public class RosterRows {

    private static final TypeReference<List<RosterRow>> PUBLIC_ROWS = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, String>>> RAW_ROWS = new TypeReference<>() {
    };

    private final RosterChunkRepository chunks;
    private final FieldCipher cipher;
    private final JsonMapper json;

    public RosterRows(RosterChunkRepository chunks, FieldCipher cipher, JsonMapper json) {
        this.chunks = chunks;
        this.cipher = cipher;
        this.json = json;
    }

    /** Every de-identified row of the upload, in file order. */
    public Flux<RosterRow> of(String uploadId) {
        return chunks.findByUploadIdOrderByFirstIndexAsc(uploadId).concatMapIterable(this::publicRows);
    }

    /** {@code size} rows starting at row {@code from} (0-based, in file order). */
    public Mono<List<RosterRow>> page(String uploadId, int from, int size) {
        int to = from + size;
        return chunks.findByUploadIdAndLastIndexGreaterThanEqualAndFirstIndexLessThanOrderByFirstIndexAsc(uploadId,
                from, to).concatMapIterable(chunk -> {
                    List<RosterRow> rows = publicRows(chunk);
                    int start = Math.max(from - chunk.firstIndex(), 0);
                    int end = Math.min(to - chunk.firstIndex(), rows.size());
                    return start < end ? rows.subList(start, end) : List.of();
                }).collectList();
    }

    /** The raw values, unsealed, in file order: only for the owning department. */
    public Flux<Map<String, String>> raw(String uploadId) {
        return chunks.findByUploadIdOrderByFirstIndexAsc(uploadId)
                .concatMapIterable(chunk -> json.readValue(cipher.decrypt(chunk.sealed()), RAW_ROWS));
    }

    public Mono<Boolean> exist(String uploadId) {
        return chunks.existsByUploadId(uploadId);
    }

    public Mono<Void> delete(String uploadId) {
        return chunks.deleteByUploadId(uploadId);
    }

    /** Stores rows {@code firstIndex}.. of an upload: the de-identified values and, sealed, the raw ones. */
    Mono<Void> write(String uploadId, int firstIndex, List<RosterRow> visible, List<Map<String, String>> raw) {
        if (visible.size() != raw.size() || visible.isEmpty()) {
            throw new IllegalArgumentException("a chunk needs as many raw rows as visible ones, at least one");
        }
        RosterChunk chunk = new RosterChunk(new ObjectId().toHexString(), uploadId, firstIndex,
                firstIndex + visible.size() - 1, json.writeValueAsString(visible),
                cipher.encrypt(json.writeValueAsString(raw)));
        return chunks.insert(chunk).then();
    }

    private List<RosterRow> publicRows(RosterChunk chunk) {
        return new ArrayList<>(json.readValue(chunk.rows(), PUBLIC_ROWS));
    }
}

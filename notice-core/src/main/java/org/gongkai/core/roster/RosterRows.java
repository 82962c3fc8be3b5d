package org.gongkai.core.roster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    private static final TypeReference<List<List<Object>>> CELLS = new TypeReference<>() {
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
                .concatMapIterable(this::rawRows);
    }

    /** The raw values, unsealed, each with the source line it came from: only for the owning department. */
    public Flux<RosterRow> rawWithLines(String uploadId) {
        return chunks.findByUploadIdOrderByFirstIndexAsc(uploadId).concatMapIterable(chunk -> {
            List<RosterRow> shown = publicRows(chunk);
            List<Map<String, String>> raw = rawRows(chunk);
            List<RosterRow> out = new ArrayList<>(raw.size());
            for (int i = 0; i < raw.size(); i++) {
                out.add(new RosterRow(shown.get(i).line(), raw.get(i)));
            }
            return out;
        });
    }

    public Mono<Void> delete(String uploadId) {
        return chunks.deleteByUploadId(uploadId);
    }

    /** Stores rows {@code firstIndex}.. of an upload: the de-identified values and, sealed, the raw ones. */
    Mono<Void> write(String uploadId, int firstIndex, List<RosterRow> visible, List<Map<String, String>> raw) {
        if (visible.size() != raw.size() || visible.isEmpty()) {
            throw new IllegalArgumentException("a chunk needs as many raw rows as visible ones, at least one");
        }
        // every raw row holds every column of the schema; a column the masking hides is absent from the visible row
        // and stored as null, which reads back as absent
        List<String> columns = List.copyOf(raw.get(0).keySet());
        List<List<Object>> shown = new ArrayList<>(visible.size());
        List<List<Object>> sealed = new ArrayList<>(raw.size());
        for (int i = 0; i < visible.size(); i++) {
            List<Object> cells = new ArrayList<>(columns.size() + 1);
            cells.add(visible.get(i).line());
            List<Object> rawCells = new ArrayList<>(columns.size());
            for (String column : columns) {
                cells.add(visible.get(i).values().get(column));
                rawCells.add(raw.get(i).get(column));
            }
            shown.add(cells);
            sealed.add(rawCells);
        }
        RosterChunk chunk = new RosterChunk(new ObjectId().toHexString(), uploadId, firstIndex,
                firstIndex + visible.size() - 1, columns, json.writeValueAsString(shown),
                cipher.encrypt(json.writeValueAsString(sealed)));
        return chunks.insert(chunk).then();
    }

    private List<RosterRow> publicRows(RosterChunk chunk) {
        List<RosterRow> out = new ArrayList<>();
        for (List<Object> cells : json.readValue(chunk.rows(), CELLS)) {
            Map<String, String> values = valuesOf(chunk.columns(), cells, 1);
            values.values().removeIf(java.util.Objects::isNull);
            out.add(new RosterRow(((Number) cells.get(0)).intValue(), values));
        }
        return out;
    }

    private List<Map<String, String>> rawRows(RosterChunk chunk) {
        List<Map<String, String>> out = new ArrayList<>();
        for (List<Object> cells : json.readValue(cipher.decrypt(chunk.sealed()), CELLS)) {
            out.add(valuesOf(chunk.columns(), cells, 0));
        }
        return out;
    }

    private static Map<String, String> valuesOf(List<String> columns, List<Object> cells, int offset) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            Object cell = cells.get(c + offset);
            values.put(columns.get(c), cell == null ? null : cell.toString());
        }
        return values;
    }
}

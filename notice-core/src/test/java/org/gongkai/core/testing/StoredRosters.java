package org.gongkai.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.gongkai.core.roster.RosterRow;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a stored roster's public rows directly, around every check (the upload's validation, the privacy gate),
 * to prove that what reads them still protects the public: the last filter, the downloads.
 */
public final class StoredRosters {

    private static final String CHUNKS = "roster_chunks";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredRosters() {
    }

    /** Sets {@code values} in every stored row of the upload (columns it already has). */
    public static void change(ReactiveMongoTemplate mongo, String uploadId, Map<String, String> values) {
        for (Document chunk : chunks(mongo, uploadId)) {
            List<String> columns = chunk.getList("columns", String.class);
            List<List<Object>> rows = JSON.readValue(chunk.getString("rows"), new TypeReference<List<List<Object>>>() {
            });
            for (List<Object> cells : rows) {
                values.forEach((column, value) -> cells.set(columns.indexOf(column) + 1, value));
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(chunk.get("_id"))),
                    Update.update("rows", JSON.writeValueAsString(rows)), CHUNKS).block();
        }
    }

    /** Adds rows after the upload's stored ones, in the order given. */
    public static void append(ReactiveMongoTemplate mongo, String uploadId, List<RosterRow> rows) {
        int next = chunks(mongo, uploadId).stream().mapToInt(c -> c.getInteger("lastIndex")).max().orElse(-1) + 1;
        for (int from = 0; from < rows.size(); from += 1000) {
            List<RosterRow> part = rows.subList(from, Math.min(from + 1000, rows.size()));
            List<String> columns = List.copyOf(part.get(0).values().keySet());
            List<List<Object>> cells = new ArrayList<>();
            for (RosterRow row : part) {
                List<Object> line = new ArrayList<>();
                line.add(row.line());
                columns.forEach(c -> line.add(row.values().get(c)));
                cells.add(line);
            }
            mongo.insert(new Document("_id", new ObjectId().toHexString()).append("uploadId", uploadId)
                    .append("firstIndex", next).append("lastIndex", next + part.size() - 1)
                    .append("columns", columns).append("rows", JSON.writeValueAsString(cells))
                    .append("sealed", "not read by the public"), CHUNKS).block();
            next += part.size();
        }
    }

    private static List<Document> chunks(ReactiveMongoTemplate mongo, String uploadId) {
        return mongo.find(Query.query(Criteria.where("uploadId").is(uploadId)), Document.class, CHUNKS).collectList()
                .block();
    }
}

package org.gongkai.gateway.apidocs;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.gateway.portal.SectorAnswer;
import org.gongkai.gateway.portal.SectorStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Merges the gateway's own OpenAPI document with every sector's into one that a client of the gateway can use: all
 * paths are already distinct ({@code /api/portal/…}, {@code /api/land/…}), but sectors share schema names and
 * springdoc's operation ids, so a sector's schema that differs from one already merged is renamed with the sector
 * as prefix (and every {@code $ref} to it rewritten), each operation id is prefixed with its sector, and each tag
 * is prefixed with the sector's name so the Swagger UI groups operations by sector. {@code x-sectors} says which
 * sectors' documents are in it.
 */
final class MergedApiDocs {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final String SCHEMA_REF = "#/components/schemas/";

    private MergedApiDocs() {
    }

    static ObjectNode merge(JsonNode gateway, List<SectorAnswer<JsonNode>> sectors, Map<String, String> titles) {
        ObjectNode merged = gateway != null && gateway.isObject() ? (ObjectNode) gateway.deepCopy()
                : JsonNodeFactory.instance.objectNode().put("openapi", "3.1.0");
        ObjectNode info = JsonNodeFactory.instance.objectNode();
        info.put("title", "基层政务公开 统一接口");
        info.put("description", "网关的门户接口（/api/portal/…）与各板块经网关路由的接口（/api/{板块}/…）。");
        info.put("version", merged.path("info").path("version").asString("1.0"));
        merged.set("info", info);
        ArrayNode servers = JsonNodeFactory.instance.arrayNode();
        servers.add(JsonNodeFactory.instance.objectNode().put("url", "/").put("description", "网关"));
        merged.set("servers", servers);
        ObjectNode paths = objectAt(merged, "paths");
        ObjectNode components = objectAt(merged, "components");
        Map<String, SectorStatus> statuses = new LinkedHashMap<>();
        for (SectorAnswer<JsonNode> answer : sectors) {
            statuses.put(answer.sector(), answer.status());
            if (answer.hasValue()) {
                add(answer.sector(), titles.getOrDefault(answer.sector(), answer.sector()),
                        (ObjectNode) answer.value().deepCopy(), paths, components, tagsOf(merged));
            }
        }
        ObjectNode sectorsNode = JsonNodeFactory.instance.objectNode();
        statuses.forEach((sector, status) -> {
            ObjectNode node = sectorsNode.putObject(sector).put("status", status.status());
            if (status.reason() != null) {
                node.put("reason", status.reason());
            }
        });
        merged.set("x-sectors", sectorsNode);
        if (components.isEmpty()) {
            merged.remove("components");
        }
        return merged;
    }

    private static void add(String sector, String title, ObjectNode original, ObjectNode paths,
            ObjectNode components, ArrayNode tags) {
        ObjectNode ourSchemas = objectAt(components, "schemas");
        // a schema that differs from ours of the same name is renamed; renaming changes the refs inside the
        // schemas that use it, which may then differ from ours too: repeat until nothing more needs a new name
        Map<String, String> renames = new LinkedHashMap<>();
        ObjectNode doc = original;
        boolean renamed = true;
        while (renamed) {
            renamed = false;
            doc = (ObjectNode) original.deepCopy();
            rewriteRefs(doc, renames);
            for (Map.Entry<String, JsonNode> schema : doc.path("components").path("schemas").properties()) {
                JsonNode ours = ourSchemas.get(schema.getKey());
                if (!renames.containsKey(schema.getKey()) && ours != null && !ours.equals(schema.getValue())) {
                    renames.put(schema.getKey(), capitalized(sector) + schema.getKey());
                    renamed = true;
                }
            }
        }
        ObjectNode theirComponents = objectAt(doc, "components");
        for (Map.Entry<String, JsonNode> kind : theirComponents.properties()) {
            ObjectNode ours = objectAt(components, kind.getKey());
            kind.getValue().properties().forEach(entry -> {
                String name = "schemas".equals(kind.getKey()) ? renames.getOrDefault(entry.getKey(), entry.getKey())
                        : entry.getKey();
                if (!ours.has(name)) {
                    ours.set(name, entry.getValue());
                }
            });
        }
        doc.path("paths").properties().forEach(path -> {
            if (path.getValue() instanceof ObjectNode item) {
                item.properties().forEach(operation -> {
                    if (METHODS.contains(operation.getKey()) && operation.getValue() instanceof ObjectNode op) {
                        retag(sector, title, op, tags);
                    }
                });
                if (!paths.has(path.getKey())) {
                    paths.set(path.getKey(), item);
                }
            }
        });
    }

    private static void retag(String sector, String title, ObjectNode operation, ArrayNode tags) {
        if (operation.hasNonNull("operationId")) {
            operation.put("operationId", sector + "_" + operation.get("operationId").asString());
        }
        ArrayNode renamed = JsonNodeFactory.instance.arrayNode();
        JsonNode own = operation.path("tags");
        if (own.isArray() && !own.isEmpty()) {
            own.forEach(tag -> renamed.add(title + "：" + tag.asString()));
        } else {
            renamed.add(title);
        }
        operation.set("tags", renamed);
        renamed.forEach(tag -> {
            boolean known = false;
            for (JsonNode existing : tags) {
                known |= existing.path("name").asString("").equals(tag.asString());
            }
            if (!known) {
                tags.add(JsonNodeFactory.instance.objectNode().put("name", tag.asString()));
            }
        });
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith(SCHEMA_REF)) {
                String target = ref.asString().substring(SCHEMA_REF.length());
                if (renames.containsKey(target)) {
                    object.set("$ref", StringNode.valueOf(SCHEMA_REF + renames.get(target)));
                }
            }
            // schema names are also keys under components.schemas: renamed when merged, not here
            for (Iterator<JsonNode> values = object.values().iterator(); values.hasNext(); ) {
                rewriteRefs(values.next(), renames);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteRefs(element, renames));
        }
    }

    private static ArrayNode tagsOf(ObjectNode doc) {
        JsonNode tags = doc.get("tags");
        if (tags instanceof ArrayNode array) {
            return array;
        }
        return doc.putArray("tags");
    }

    private static ObjectNode objectAt(ObjectNode parent, String name) {
        JsonNode child = parent.get(name);
        if (child instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(name);
    }

    private static String capitalized(String sector) {
        return Character.toUpperCase(sector.charAt(0)) + sector.substring(1).replace("-", "");
    }
}

package org.gongkai.procurement.ocds;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compiles a process's releases into its current state, by the OCDS 1.1 merge rules: releases in date order; an
 * object merges field by field; an array of objects with {@code id}s merges item by item on the id; any other
 * value, and any other array, is replaced by the later one; a null removes the field. The release's own {@code id},
 * {@code date} and {@code tag} are not merged: the compiled release gets its own.
 */
final class CompiledRelease {

    private static final Set<String> OMIT_WHEN_MERGED = Set.of("id", "date", "tag");
    private static final Set<String> WHOLE_LIST_MERGE = Set.of("additionalIdentifiers", "additionalClassifications");

    private CompiledRelease() {
    }

    /** {@code releases} oldest first, each a release as JSON. */
    static ObjectNode of(String ocid, List<JsonNode> releases) {
        ObjectNode compiled = JsonNodeFactory.instance.objectNode();
        for (JsonNode release : releases) {
            for (Map.Entry<String, JsonNode> field : release.properties()) {
                if (!OMIT_WHEN_MERGED.contains(field.getKey())) {
                    merge(compiled, field.getKey(), field.getValue());
                }
            }
        }
        JsonNode last = releases.get(releases.size() - 1);
        ObjectNode head = JsonNodeFactory.instance.objectNode();
        head.put("ocid", ocid);
        head.put("id", ocid + "-compiled");
        head.set("date", last.get("date"));
        head.set("tag", JsonNodeFactory.instance.arrayNode().add("compiled"));
        head.setAll(compiled);
        head.put("ocid", ocid);
        return head;
    }

    private static void merge(ObjectNode target, String name, JsonNode value) {
        if (value == null || value.isNull()) {
            target.remove(name);
        } else if (value.isObject()) {
            JsonNode existing = target.get(name);
            ObjectNode into = existing != null && existing.isObject() ? (ObjectNode) existing
                    : JsonNodeFactory.instance.objectNode();
            value.properties().forEach(f -> merge(into, f.getKey(), f.getValue()));
            target.set(name, into);
        } else if (value.isArray() && identified((ArrayNode) value) && !WHOLE_LIST_MERGE.contains(name)) {
            JsonNode existing = target.get(name);
            ArrayNode into = existing != null && existing.isArray() ? (ArrayNode) existing
                    : JsonNodeFactory.instance.arrayNode();
            value.forEach(item -> mergeItem(into, item));
            target.set(name, into);
        } else {
            target.set(name, value.deepCopy());
        }
    }

    private static void mergeItem(ArrayNode into, JsonNode item) {
        for (JsonNode existing : into) {
            if (existing.isObject() && item.get("id").equals(existing.get("id"))) {
                item.properties().forEach(f -> merge((ObjectNode) existing, f.getKey(), f.getValue()));
                return;
            }
        }
        into.add(item.deepCopy());
    }

    private static boolean identified(ArrayNode array) {
        if (array.isEmpty()) {
            return false;
        }
        for (JsonNode item : array) {
            if (!item.isObject() || item.get("id") == null) {
                return false;
            }
        }
        return true;
    }
}

package org.gongkai.gateway.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A notice's versions and its public history, taken from the sector's public detail: which version this is, which
 * it corrects and which corrects it, every published version, and each public status change (with the public note
 * of a withdrawal or a correction).
 */
public record NoticeHistory(String id, String sector, String title, int revision, String status, String validity,
        String previousId, String supersededBy, String withdrawalReason, String digest, List<Version> versions,
        List<Step> history) {

    public record Version(String id, int revision, String status, Instant publishedAt) {
    }

    public record Step(String action, Instant at, String note) {
    }

    static NoticeHistory of(JsonNode detail) {
        List<Version> versions = new ArrayList<>();
        detail.path("versions").forEach(v -> versions.add(new Version(v.path("id").asString(null),
                v.path("revision").asInt(), v.path("status").asString(null), instant(v.path("publishedAt")))));
        List<Step> steps = new ArrayList<>();
        detail.path("history").forEach(h -> steps.add(new Step(h.path("action").asString(null), instant(h.path("at")),
                h.path("note").asString(null))));
        return new NoticeHistory(detail.path("id").asString(null), detail.path("sector").asString(null),
                detail.path("title").asString(null), detail.path("revision").asInt(),
                detail.path("status").asString(null), detail.path("validity").asString(null),
                detail.path("previousId").asString(null), detail.path("supersededBy").asString(null),
                detail.path("withdrawalReason").asString(null), detail.path("digest").asString(null), versions, steps);
    }

    private static Instant instant(JsonNode value) {
        return value.isString() ? Instant.parse(value.asString()) : null;
    }
}

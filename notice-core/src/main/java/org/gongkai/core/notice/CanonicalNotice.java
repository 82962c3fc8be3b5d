package org.gongkai.core.notice;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.calendar.PublicityPeriod;

/**
 * The content a published version's SHA-256 digest covers: everything the public reads, nothing that changes
 * later (status, objections). Anyone can fetch this JSON and hash it to check a copy.
 */
final class CanonicalNotice {

    private CanonicalNotice() {
    }

    public static Map<String, Object> of(Notice n, PublicityPeriod period, Instant publishedAt) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", n.id());
        c.put("sector", n.sector());
        c.put("seriesId", n.seriesId());
        c.put("revision", n.revision());
        c.put("previousId", n.previousId());
        c.put("type", n.type());
        c.put("catalogRow", n.catalogRow());
        c.put("title", n.title());
        c.put("body", n.body());
        c.put("payload", n.payload());
        c.put("region", n.region());
        c.put("audience", n.audience());
        c.put("informationFormedOn", String.valueOf(n.informationFormedOn()));
        c.put("publishedAt", publishedAt.toString());
        c.put("publicityStart", period == null ? null : period.start().toString());
        c.put("publicityEnd", period == null ? null : period.end().toString());
        c.put("rosterDigest", n.roster() == null ? null : n.roster().digest());
        List<Map<String, Object>> files = n.attachments().stream()
                .map(a -> Map.<String, Object>of("name", a.name(), "sha256", a.sha256())).toList();
        c.put("attachments", files);
        return c;
    }

    public static Map<String, Object> of(Notice published) {
        return of(published, published.period(), published.publishedAt());
    }
}

package org.gongkai.core.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.core.objection.ObjectionSummary;

/** What anyone may read of a notice: content, period, validity, versions and public history; no people's names. */
record PublicNoticeView(String id, String sector, String type, String typeName, String catalogRow,
        String title, String body, Map<String, Object> payload, String region, String audience, String status,
        String statusName, String validity, String validityName, Instant publishedAt, Period period,
        LocalDate dueBy, boolean late, int revision, String previousId, String supersededBy, String withdrawalReason,
        String digest, String canonicalUrl, RosterInfo roster, List<Attachment> attachments, List<Version> versions,
        List<Step> history, ObjectionSummary objections, Map<String, Object> records) {

    public record Period(LocalDate start, LocalDate end, String rule, String phase, Integer daysLeft) {
    }

    public record RosterInfo(String type, int rows, String url, boolean withdrawn, LocalDate publicUntil) {
    }

    public record Attachment(String name, String kind, long size, String sha256, String url) {
    }

    public record Version(String id, int revision, String status, Instant publishedAt) {
    }

    public record Step(String action, Instant at, String note) {
    }
}

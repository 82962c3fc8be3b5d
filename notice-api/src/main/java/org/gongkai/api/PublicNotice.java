package org.gongkai.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What anyone may read of a notice, the same shape from every sector: content, period, validity, versions, public
 * history and the objection counts; no people's names. The phase, days left and whether the roster is still
 * public depend on the date: {@link #onDate} works them out for another day by {@link PublicityDates}.
 */
public record PublicNotice(String id, String sector, String type, String typeName, String catalogRow,
        String title, String body, Map<String, Object> payload, String region, String audience, String status,
        String statusName, String validity, String validityName, Instant publishedAt, Period period,
        LocalDate dueBy, boolean late, int revision, String previousId, String supersededBy, String withdrawalReason,
        String digest, String canonicalUrl, RosterInfo roster, List<Attachment> attachments, List<Version> versions,
        List<Step> history, Objections objections, Map<String, Object> records) {

    /** The status of a notice whose publicity is running: only it can be in publicity. */
    public static final String RUNNING_STATUS = "PUBLISHED";

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

    /**
     * What the public sees of objections: counts, and each answer with its outcome, never who objected.
     * {@code answeredLate} were answered after their due date; {@code pendingDueBy} are the dates by which the
     * unanswered ones must be answered (so that "overdue" can be counted on any day).
     */
    public record Objections(int filed, int pending, int upheld, int dismissed, int answeredLate,
            List<LocalDate> pendingDueBy, List<Answered> answers) {

        public static final Objections NONE = new Objections(0, 0, 0, 0, 0, List.of(), List.of());

        public Objections {
            pendingDueBy = pendingDueBy == null ? List.of() : List.copyOf(pendingDueBy);
            answers = answers == null ? List.of() : List.copyOf(answers);
        }

        /** The unanswered objections past their due date on {@code today}. */
        public int overdue(LocalDate today) {
            return (int) pendingDueBy.stream().filter(today::isAfter).count();
        }

        public record Answered(Instant filedAt, Integer rosterLine, String outcome, String answer, Instant answeredAt) {
        }
    }

    /** This notice as it reads on {@code today}: phase, days left and the roster's public view recomputed. */
    public PublicNotice onDate(LocalDate today) {
        Period dated = period;
        if (period != null) {
            String phase = PublicityDates.phase(period.start(), period.end(), RUNNING_STATUS.equals(status), today);
            dated = new Period(period.start(), period.end(), period.rule(), phase,
                    PublicityDates.daysLeft(phase, period.end(), today));
        }
        RosterInfo list = roster == null ? null : new RosterInfo(roster.type(), roster.rows(), roster.url(),
                PublicityDates.rosterWithdrawn(roster.publicUntil(), today), roster.publicUntil());
        return new PublicNotice(id, sector, type, typeName, catalogRow, title, body, payload, region, audience, status,
                statusName, validity, validityName, publishedAt, dated, dueBy, late, revision, previousId,
                supersededBy, withdrawalReason, digest, canonicalUrl, list, attachments, versions, history,
                objections, records);
    }
}

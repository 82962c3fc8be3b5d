package org.gongkai.core.objection;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An objection to one notice version. The objector's name and contact are sealed (encrypted) and never leave the
 * department's view. {@code collectiveMember}: the objector says they belong to the affected collective economic
 * organisation (counted for the land compensation-plan hearing rule). {@code fingerprint}: keyed, of the notice,
 * contact and text, so the same objection is taken once.
 */
@Document("objections")
public record Objection(@Id String id, @Version Long version, String noticeId, Integer rosterLine, String reason,
        String sealedName, String sealedContact, boolean collectiveMember, Instant filedAt, LocalDate answerDueBy,
        Outcome outcome, String answer, Instant answeredAt, String answeredBy, boolean answeredLate,
        @Indexed String fingerprint) {

    public enum Outcome { PENDING, UPHELD, DISMISSED }

    public Objection answered(Outcome result, String text, String by, Instant at, LocalDate today) {
        return new Objection(id, version, noticeId, rosterLine, reason, sealedName, sealedContact, collectiveMember,
                filedAt, answerDueBy, result, text, at, by, today.isAfter(answerDueBy), fingerprint);
    }
}

package org.gongkai.core.objection;

import java.time.Instant;
import java.util.List;

/** What the public sees of objections: counts, and each answer with its outcome, never who objected. */
public record ObjectionSummary(int filed, int pending, int upheld, int dismissed, List<Answered> answers) {

    public record Answered(Instant filedAt, Integer rosterLine, String outcome, String answer, Instant answeredAt) {
    }

    public static ObjectionSummary of(List<Objection> all) {
        int pending = 0;
        int upheld = 0;
        int dismissed = 0;
        for (Objection o : all) {
            switch (o.outcome()) {
                case PENDING -> pending++;
                case UPHELD -> upheld++;
                case DISMISSED -> dismissed++;
            }
        }
        List<Answered> answers = all.stream().filter(o -> o.outcome() != Objection.Outcome.PENDING)
                .map(o -> new Answered(o.filedAt(), o.rosterLine(),
                        o.outcome() == Objection.Outcome.UPHELD ? "成立" : "不成立", o.answer(), o.answeredAt()))
                .toList();
        return new ObjectionSummary(all.size(), pending, upheld, dismissed, answers);
    }
}

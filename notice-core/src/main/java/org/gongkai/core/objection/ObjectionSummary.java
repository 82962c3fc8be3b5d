package org.gongkai.core.objection;

import java.util.List;
import org.gongkai.api.PublicNotice;

/** What the public sees of objections: counts, and each answer with its outcome, never who objected. */
public final class ObjectionSummary {

    private ObjectionSummary() {
    }

    public static PublicNotice.Objections of(List<Objection> all) {
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
        List<PublicNotice.Objections.Answered> answers = all.stream()
                .filter(o -> o.outcome() != Objection.Outcome.PENDING)
                .map(o -> new PublicNotice.Objections.Answered(o.filedAt(), o.rosterLine(),
                        o.outcome() == Objection.Outcome.UPHELD ? "成立" : "不成立", o.answer(), o.answeredAt()))
                .toList();
        int answeredLate = (int) all.stream().filter(Objection::answeredLate).count();
        List<java.time.LocalDate> dueBy = all.stream().filter(o -> o.outcome() == Objection.Outcome.PENDING)
                .map(Objection::answerDueBy).filter(java.util.Objects::nonNull).sorted().toList();
        return new PublicNotice.Objections(all.size(), pending, upheld, dismissed, answeredLate, dueBy, answers);
    }
}

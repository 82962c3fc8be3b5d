package org.gongkai.education.subsidy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.core.roster.RosterReader;
import org.gongkai.education.notice.EducationNoticeTypes;
import org.gongkai.education.notice.EducationPayloads.BoardingSubsidyList;
import org.gongkai.core.notice.PayloadReader;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The subsidy notice's headcount and total must be the list's own: what the notice says is what the list pays. */
@Component
class BoardingSubsidyRules implements NoticeRules {

    /** The one column of a subsidy list the rules read. */
    record SubsidyRow(BigDecimal amount) {
    }

    private final PayloadReader payloads;
    private final RosterReader rosters;

    BoardingSubsidyRules(PayloadReader payloads, RosterReader rosters) {
        this.payloads = payloads;
        this.rosters = rosters;
    }

    @Override
    public List<FieldProblem> onSubmit(Notice notice) {
        if (notice.roster() == null) {
            return List.of();
        }
        int listed = notice.roster().rows();
        return read(notice).filter(p -> p.studentCount() != listed)
                .map(p -> List.of(FieldProblem.of("payload.studentCount",
                        "补助人数（" + p.studentCount() + "人）与名单人数（" + listed + "人）不一致")))
                .orElse(List.of());
    }

    @Override
    public Mono<List<FieldProblem>> beforePublish(Notice notice) {
        Optional<BoardingSubsidyList> list = read(notice);
        if (list.isEmpty() || notice.roster() == null) {
            return Mono.just(List.of());
        }
        BigDecimal stated = list.get().totalAmount();
        return rosters.rows(notice, SubsidyRow.class).map(BoardingSubsidyRules::amountOf)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .map(sum -> sum.compareTo(stated) == 0 ? List.<FieldProblem>of()
                        : List.of(FieldProblem.of("payload.totalAmount", "补助总金额（" + stated.toPlainString()
                                + "元）与名单合计（" + sum.toPlainString() + "元）不一致")));
    }

    private static BigDecimal amountOf(SubsidyRow row) {
        return row.amount() == null ? BigDecimal.ZERO : row.amount();
    }

    private Optional<BoardingSubsidyList> read(Notice notice) {
        return payloads.read(notice, EducationNoticeTypes.BOARDING_SUBSIDY_LIST, BoardingSubsidyList.class);
    }
}

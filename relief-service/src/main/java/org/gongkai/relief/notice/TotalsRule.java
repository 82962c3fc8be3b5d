package org.gongkai.relief.notice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.core.notice.PayloadReader;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.core.roster.RosterReader;
import org.gongkai.relief.notice.ReliefPayloads.ReliefFunds;
import org.gongkai.relief.notice.ReliefPayloads.ReliefRoster;
import org.gongkai.relief.notice.ReliefPayloads.Totals;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The totals a relief notice states agree with its roster: as many households as rows, the amounts' sum. */
@Component
class TotalsRule implements NoticeRules {

    private final RosterReader rosters;
    private final PayloadReader payloads;

    TotalsRule(RosterReader rosters, PayloadReader payloads) {
        this.rosters = rosters;
        this.payloads = payloads;
    }

    @Override
    public Set<String> types() {
        return Set.of(ReliefNoticeTypes.ROSTER, ReliefNoticeTypes.FUNDS);
    }

    @Override
    public List<FieldProblem> onSubmit(Notice notice) {
        Integer households = totals(notice).households();
        if (notice.roster() == null || households == null || households == notice.roster().rows()) {
            return List.of();
        }
        return List.of(FieldProblem.of("payload.households", "公告载明" + households + "户，名单有"
                + notice.roster().rows() + "户，两者应一致"));
    }

    @Override
    public Mono<List<FieldProblem>> beforePublish(Notice notice) {
        BigDecimal stated = totals(notice).totalAmount();
        if (notice.roster() == null || stated == null) {
            return Mono.just(List.of());
        }
        return rosters.rawRows(notice, RosterHousehold.class).map(RosterHousehold::amountOrZero)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .map(sum -> sum.compareTo(stated) == 0 ? List.<FieldProblem>of()
                        : List.of(FieldProblem.of("payload.totalAmount", "公告载明金额合计" + stated.toPlainString()
                                + "元，名单金额合计" + sum.toPlainString() + "元，两者应一致")));
    }

    private Totals totals(Notice notice) {
        return ReliefNoticeTypes.FUNDS.equals(notice.type()) ? payloads.readFields(notice, ReliefFunds.class)
                : payloads.readFields(notice, ReliefRoster.class);
    }
}

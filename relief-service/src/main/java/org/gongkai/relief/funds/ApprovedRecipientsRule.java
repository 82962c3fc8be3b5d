package org.gongkai.relief.funds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeFinder;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.core.notice.PayloadReader;
import org.gongkai.core.privacy.MaskRule;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.core.roster.RosterReader;
import org.gongkai.relief.notice.ReliefNoticeTypes;
import org.gongkai.relief.notice.ReliefPayloads.ReliefFunds;
import org.gongkai.relief.notice.RosterHousehold;
import org.gongkai.relief.review.ReviewChain;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Funds are disbursed only on the roster the civil-affairs bureau approved: a funds notice names that roster (its
 * current version, of the same village), and every household it lists as paid is on it, paid no more than approved.
 */
@Component
class ApprovedRecipientsRule implements NoticeRules {

    private final NoticeFinder notices;
    private final RosterReader rosters;
    private final PayloadReader payloads;

    ApprovedRecipientsRule(NoticeFinder notices, RosterReader rosters, PayloadReader payloads) {
        this.notices = notices;
        this.rosters = rosters;
        this.payloads = payloads;
    }

    @Override
    public Set<String> types() {
        return Set.of(ReliefNoticeTypes.FUNDS);
    }

    @Override
    public Mono<List<FieldProblem>> beforePublish(Notice funds) {
        String id = payloads.readFields(funds, ReliefFunds.class).rosterNoticeId();
        if (id == null) {
            return Mono.just(List.of());
        }
        return notices.byId(id).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(found -> {
            if (found.isEmpty() || !ReliefNoticeTypes.ROSTER.equals(found.get().type())) {
                return Mono.just(List.of(FieldProblem.of("payload.rosterNoticeId", "没有这份受灾人员冬春生活救助对象名单：" + id)));
            }
            Notice roster = found.get();
            List<FieldProblem> problems = approval(funds, roster);
            if (!problems.isEmpty() || funds.roster() == null) {
                return Mono.just(problems);
            }
            return Mono.zip(rosters.rawRows(funds, RosterHousehold.class).collectList(),
                            rosters.rawRows(roster, RosterHousehold.class).collectList())
                    .map(rows -> recipients(rows.getT1(), rows.getT2()));
        });
    }

    private static List<FieldProblem> approval(Notice funds, Notice roster) {
        List<FieldProblem> problems = new ArrayList<>();
        if (roster.supersededBy() != null) {
            problems.add(FieldProblem.of("payload.rosterNoticeId", "该名单已更正为「" + roster.supersededBy() + "」，请引用更正后的名单"));
        } else if (!ReviewChain.of(roster).approved()) {
            problems.add(FieldProblem.of("payload.rosterNoticeId", "该救助对象名单尚未经村民委员会评议、街道办事处审核和区民政局审批，不能公布资金发放情况"));
        }
        if (!roster.region().equals(funds.region())) {
            problems.add(FieldProblem.of("region", "资金发放公告应与救助对象名单属于同一村（" + roster.region() + "）"));
        }
        return problems;
    }

    private static List<FieldProblem> recipients(List<RosterHousehold> paid, List<RosterHousehold> approved) {
        Map<String, RosterHousehold> byId = new HashMap<>();
        approved.forEach(row -> byId.put(row.idNumber(), row));
        List<FieldProblem> problems = new ArrayList<>();
        for (RosterHousehold row : paid) {
            RosterHousehold onRoster = byId.get(row.idNumber());
            String who = "户主" + row.householdHead() + "（" + MaskRule.ID_KEEP_4_4.apply(row.idNumber()) + "）";
            if (onRoster == null) {
                problems.add(FieldProblem.of("roster", who + "不在经审批的救助对象名单中"));
            } else if (row.amountOrZero().compareTo(onRoster.amountOrZero()) > 0) {
                problems.add(FieldProblem.of("roster", who + "领取" + row.amountOrZero().toPlainString()
                        + "元，超过审批的" + onRoster.amountOrZero().toPlainString() + "元"));
            }
        }
        return problems;
    }
}

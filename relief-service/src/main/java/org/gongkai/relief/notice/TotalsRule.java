package org.gongkai.relief.notice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.core.roster.RosterReader;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The totals a relief notice states agree with its roster: as many households as rows, the amounts' sum. */
@Component
class TotalsRule implements NoticeRules {

    private final RosterReader rosters;

    TotalsRule(RosterReader rosters) {
        this.rosters = rosters;
    }

    @Override
    public Set<String> types() {
        return Set.of(ReliefNoticeTypes.ROSTER, ReliefNoticeTypes.FUNDS);
    }

    @Override
    public List<FieldProblem> onSubmit(Notice notice) {
        Object households = notice.payload().get("households");
        if (notice.roster() == null || !(households instanceof Number n)
                || n.intValue() == notice.roster().rows()) {
            return List.of();
        }
        return List.of(FieldProblem.of("payload.households", "公告载明" + n.intValue() + "户，名单有"
                + notice.roster().rows() + "户，两者应一致"));
    }

    @Override
    public Mono<List<FieldProblem>> beforePublish(Notice notice) {
        if (notice.roster() == null || notice.payload().get("totalAmount") == null) {
            return Mono.just(List.of());
        }
        BigDecimal stated = new BigDecimal(notice.payload().get("totalAmount").toString());
        return rosters.rawRows(notice).map(rows -> {
            BigDecimal sum = rows.stream().map(TotalsRule::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return sum.compareTo(stated) == 0 ? List.<FieldProblem>of() : List.of(FieldProblem.of("payload.totalAmount",
                    "公告载明金额合计" + stated.toPlainString() + "元，名单金额合计" + sum.toPlainString() + "元，两者应一致"));
        });
    }

    private static BigDecimal amount(Map<String, String> row) {
        String value = row.get("amount");
        return value == null || value.isBlank() ? BigDecimal.ZERO : new BigDecimal(value);
    }
}

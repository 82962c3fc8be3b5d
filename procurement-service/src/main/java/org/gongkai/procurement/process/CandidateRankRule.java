package org.gongkai.procurement.process;

import java.util.List;
import java.util.Set;
import java.util.Objects;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.procurement.notice.ProcurementNoticeTypes;
import org.gongkai.core.notice.PayloadReader;
import org.gongkai.procurement.notice.ProcurementPayloads.Candidate;
import org.gongkai.procurement.notice.ProcurementPayloads.CandidatePublicity;
import org.springframework.stereotype.Component;

/** The evaluation committee ranks its candidates (Implementing Regulations art. 53): ranks 1..n, each once. */
@Component
class CandidateRankRule implements NoticeRules {

    private final PayloadReader payloads;

    CandidateRankRule(PayloadReader payloads) {
        this.payloads = payloads;
    }

    @Override
    public Set<String> types() {
        return Set.of(ProcurementNoticeTypes.CANDIDATES);
    }

    @Override
    public List<FieldProblem> onSubmit(Notice notice) {
        return payloads.read(notice, CandidatePublicity.class).map(CandidateRankRule::check).orElse(List.of());
    }

    private static List<FieldProblem> check(CandidatePublicity publicity) {
        if (publicity.candidates() == null || publicity.candidates().stream().anyMatch(Objects::isNull)) {
            return List.of();
        }
        List<Integer> ranks = publicity.candidates().stream().map(Candidate::rank).filter(Objects::nonNull).sorted()
                .toList();
        for (int i = 0; i < ranks.size(); i++) {
            if (ranks.get(i) != i + 1) {
                return List.of(FieldProblem.of("payload.candidates", "中标候选人应按1至" + ranks.size() + "排序，不得重复或空缺"));
            }
        }
        return List.of();
    }
}

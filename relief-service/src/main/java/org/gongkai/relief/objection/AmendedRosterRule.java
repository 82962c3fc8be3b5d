package org.gongkai.relief.objection;

import java.util.List;
import java.util.Set;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeFinder;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.core.objection.Objection;
import org.gongkai.core.objection.ObjectionFinder;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.relief.notice.ReliefNoticeTypes;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Democratic review of objections: when it upholds an objection against a roster row, the row is removed or amended
 * by a correction (a new version, never an edit in place), so that correction cannot be published with the very
 * roster its predecessor was objected to for.
 */
@Component
class AmendedRosterRule implements NoticeRules {

    private final NoticeFinder notices;
    private final ObjectionFinder objections;

    AmendedRosterRule(NoticeFinder notices, ObjectionFinder objections) {
        this.notices = notices;
        this.objections = objections;
    }

    @Override
    public Set<String> types() {
        return Set.of(ReliefNoticeTypes.ROSTER, ReliefNoticeTypes.FUNDS);
    }

    @Override
    public Mono<List<FieldProblem>> beforePublish(Notice notice) {
        if (notice.previousId() == null || notice.roster() == null) {
            return Mono.just(List.of());
        }
        return notices.byId(notice.previousId())
                .filter(previous -> previous.roster() != null
                        && previous.roster().digest().equals(notice.roster().digest()))
                .flatMap(previous -> objections.onNotice(previous.id())
                        .filter(o -> o.outcome() == Objection.Outcome.UPHELD && o.rosterLine() != null)
                        .map(Objection::rosterLine).collectList())
                .map(lines -> lines.isEmpty() ? List.<FieldProblem>of() : List.of(FieldProblem.of("roster",
                        "经民主评议，对原名单第" + joined(lines) + "行的异议成立，更正版本须上传删除或修改相应行后的名单")))
                .defaultIfEmpty(List.of());
    }

    private static String joined(List<Integer> lines) {
        return String.join("、", lines.stream().distinct().sorted().map(String::valueOf).toList());
    }
}

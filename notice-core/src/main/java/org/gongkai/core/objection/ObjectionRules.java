package org.gongkai.core.objection;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.api.problem.FieldProblem;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import org.gongkai.core.objection.internal.ObjectionRepository;

/**
 * A notice cannot conclude while an objection to it is unanswered, or after one was upheld: an upheld objection
 * needs a correction, which is a new version with a new publicity period.
 */
@Component
class ObjectionRules implements NoticeRules {

    private final ObjectionRepository objections;

    ObjectionRules(ObjectionRepository objections) {
        this.objections = objections;
    }

    @Override
    public Mono<List<FieldProblem>> beforeConclude(Notice notice) {
        return objections.findByNoticeIdOrderByFiledAtAsc(notice.id()).collectList().map(ObjectionRules::problems);
    }

    private static List<FieldProblem> problems(List<Objection> all) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> pending = all.stream().filter(o -> o.outcome() == Objection.Outcome.PENDING)
                .map(Objection::id).toList();
        long upheld = all.stream().filter(o -> o.outcome() == Objection.Outcome.UPHELD).count();
        if (!pending.isEmpty()) {
            problems.add(FieldProblem.of("objections",
                    "还有" + pending.size() + "件异议未答复（编号：" + String.join("、", pending) + "）"));
        }
        if (upheld > 0) {
            problems.add(FieldProblem.of("objections", upheld + "件异议经核实成立，须发布更正公告并重新公示"));
        }
        return problems;
    }
}

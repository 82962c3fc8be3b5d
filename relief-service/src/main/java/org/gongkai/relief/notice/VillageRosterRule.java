package org.gongkai.relief.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.relief.review.DivisionLevel;
import org.springframework.stereotype.Component;

/**
 * A relief roster is one village's: it concerns that village's code and is publicised to its residents (the
 * audience is the same code), so that the village committee, its street office and the county can each take their
 * step.
 */
@Component
class VillageRosterRule implements NoticeRules {

    @Override
    public Set<String> types() {
        return Set.of(ReliefNoticeTypes.ROSTER);
    }

    @Override
    public List<FieldProblem> onSubmit(Notice notice) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!DivisionLevel.isVillage(notice.region())) {
            problems.add(FieldProblem.of("region", "救助对象名单以村为单位公示，所属区划应为村（社区）的12位区划代码"));
        } else if (!notice.region().equals(notice.audience())) {
            problems.add(FieldProblem.of("audience", "救助对象名单在本村范围内公示，公开对象应为本村区划代码「"
                    + notice.region() + "」"));
        }
        return problems;
    }
}

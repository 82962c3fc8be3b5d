package org.gongkai.relief.review;

import java.util.List;
import java.util.Set;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.relief.notice.ReliefNoticeTypes;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** A relief roster concludes only once the village committee, the street office and the civil-affairs bureau passed it. */
@Component
class ReviewChainRule implements NoticeRules {

    @Override
    public Set<String> types() {
        return Set.of(ReliefNoticeTypes.ROSTER);
    }

    @Override
    public Mono<List<FieldProblem>> beforeConclude(Notice notice) {
        return Mono.just(ReviewChain.of(notice).conclusionProblems());
    }
}

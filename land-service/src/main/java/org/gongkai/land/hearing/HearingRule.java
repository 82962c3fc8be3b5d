package org.gongkai.land.hearing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeFinder;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.core.notice.PayloadReader;
import org.gongkai.core.objection.Objection;
import org.gongkai.core.objection.ObjectionFinder;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.land.notice.LandNoticeTypes;
import org.gongkai.land.notice.LandPayloads.CompensationPlan;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * When more than half of the affected collective's members object to a compensation plan, that plan cannot
 * conclude: a hearing must be recorded on it and a revised plan (a correction) published; the revision cannot be
 * published before the hearing is recorded.
 */
@Component
class HearingRule implements NoticeRules {

    private final ObjectionFinder objections;
    private final NoticeFinder notices;
    private final PayloadReader payloads;

    HearingRule(ObjectionFinder objections, NoticeFinder notices, PayloadReader payloads) {
        this.objections = objections;
        this.notices = notices;
        this.payloads = payloads;
    }

    @Override
    public Set<String> types() {
        return Set.of(LandNoticeTypes.COMPENSATION_PLAN);
    }

    @Override
    public Mono<List<FieldProblem>> beforeConclude(Notice notice) {
        return majorityObjects(notice).map(majority -> {
            List<FieldProblem> problems = new ArrayList<>();
            if (majority) {
                problems.add(FieldProblem.of("objections",
                        "过半数被征地集体经济组织成员认为方案不符合法律法规，须组织听证并发布修改后的方案，本方案不能结束公示"));
                if (!notice.records().containsKey(Hearing.RECORD_KEY)) {
                    problems.add(FieldProblem.of("hearing", "尚未记录听证会（日期、地点、结论）"));
                }
            }
            return problems;
        });
    }

    @Override
    public Mono<List<FieldProblem>> beforePublish(Notice notice) {
        if (notice.previousId() == null) {
            return Mono.just(List.of());
        }
        return notices.byId(notice.previousId()).flatMap(previous -> majorityObjects(previous).map(majority ->
                majority && !previous.records().containsKey(Hearing.RECORD_KEY)
                        ? List.of(FieldProblem.of("hearing", "原方案过半数成员提出异议，须先记录听证会再发布修改后的方案"))
                        : List.<FieldProblem>of()))
                .defaultIfEmpty(List.of());
    }

    /** True when objections from collective members exceed half of the members the plan affects. */
    Mono<Boolean> majorityObjects(Notice plan) {
        int affected = affectedMembers(plan);
        return objections.onNotice(plan.id()).filter(Objection::collectiveMember).count()
                .map(count -> affected > 0 && count * 2 > affected);
    }

    private int affectedMembers(Notice plan) {
        Integer affected = payloads.readFields(plan, CompensationPlan.class).affectedMembers();
        return affected == null ? 0 : affected;
    }
}

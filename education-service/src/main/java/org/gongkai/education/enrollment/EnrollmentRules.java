package org.gongkai.education.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeRules;
import org.gongkai.api.problem.FieldProblem;
import org.gongkai.education.notice.EducationNoticeTypes;
import org.gongkai.education.notice.EducationPayloads.EnrollmentPolicy;
import org.gongkai.core.notice.PayloadReader;
import org.gongkai.education.notice.PublicationDay;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Families must be able to read the enrollment policy before registration opens; its dates must make sense. */
@Component
class EnrollmentRules implements NoticeRules {

    private final PayloadReader payloads;
    private final Clock clock;

    EnrollmentRules(PayloadReader payloads, Clock clock) {
        this.payloads = payloads;
        this.clock = clock;
    }

    @Override
    public List<FieldProblem> onSubmit(Notice notice) {
        return read(notice).filter(p -> p.registrationEnd().isBefore(p.registrationStart()))
                .map(p -> List.of(FieldProblem.of("payload.registrationEnd",
                        "报名截止日期（" + p.registrationEnd() + "）不能早于报名开始日期（" + p.registrationStart() + "）")))
                .orElse(List.of());
    }

    @Override
    public Mono<List<FieldProblem>> beforePublish(Notice notice) {
        LocalDate day = PublicationDay.of(notice, clock);
        return Mono.just(read(notice).filter(p -> !day.isBefore(p.registrationStart()))
                .map(p -> List.of(FieldProblem.of("payload.registrationStart",
                        "招生入学政策须在报名开始日（" + p.registrationStart() + "）之前公布，以便家长提前准备")))
                .orElse(List.of()));
    }

    private Optional<EnrollmentPolicy> read(Notice notice) {
        return payloads.read(notice, EducationNoticeTypes.ENROLLMENT_POLICY, EnrollmentPolicy.class);
    }
}

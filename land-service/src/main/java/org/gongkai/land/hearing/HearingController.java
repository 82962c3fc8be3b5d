package org.gongkai.land.hearing;

import jakarta.validation.Valid;
import java.util.Map;
import org.gongkai.core.notice.NoticeService;
import org.gongkai.core.notice.NoticeView;
import org.gongkai.api.problem.ProblemException;
import org.gongkai.api.problem.ProblemType;
import org.gongkai.core.security.Actor;
import org.gongkai.land.notice.LandNoticeTypes;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Records the hearing held on a compensation plan (a recorded fact, not an edit of the published plan). */
@RestController
class HearingController {

    private final NoticeService notices;

    HearingController(NoticeService notices) {
        this.notices = notices;
    }

    @PostMapping("/api/${gongkai.sector.name}/notices/{id}/hearing")
    Mono<NoticeView> record(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody Hearing hearing) {
        Actor actor = Actor.from(jwt);
        return notices.get(actor, id).flatMap(n -> {
            if (!LandNoticeTypes.COMPENSATION_PLAN.equals(n.type())) {
                return Mono.error(new ProblemException(ProblemType.ILLEGAL_TRANSITION, "只有征地补偿安置方案需要记录听证"));
            }
            Map<String, Object> record = Map.of("date", hearing.date().toString(), "place", hearing.place(),
                    "outcome", hearing.outcome());
            return notices.recordFact(actor, id, Hearing.RECORD_KEY, record, "记录听证会");
        }).map(NoticeView::of);
    }
}

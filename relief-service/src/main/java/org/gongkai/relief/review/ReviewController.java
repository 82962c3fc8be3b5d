package org.gongkai.relief.review;

import jakarta.validation.Valid;
import java.time.Clock;
import org.gongkai.core.notice.NoticeService;
import org.gongkai.core.notice.NoticeView;
import org.gongkai.core.objection.ObjectionFinder;
import org.gongkai.core.security.Actor;
import org.gongkai.core.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Records one step of a relief roster's review chain (village committee → street office → civil-affairs bureau) as a
 * fact on the notice: checked and written in one save, and listed in the notice's history.
 */
@RestController
class ReviewController {

    private final NoticeService notices;
    private final ObjectionFinder objections;
    private final Clock clock;

    ReviewController(NoticeService notices, ObjectionFinder objections, Clock clock) {
        this.notices = notices;
        this.objections = objections;
        this.clock = clock;
    }

    @PostMapping("/api/${gongkai.sector.name}/notices/{id}/reviews")
    Mono<NoticeView> review(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @Valid @RequestBody ReviewRequest request) {
        Actor actor = Actor.from(jwt);
        return objections.onNotice(id).collectList()
                .flatMap(all -> notices.recordFact(actor, id, ReviewChain.RECORD_KEY, ReviewChain.action(request),
                        notice -> ReviewChain.of(notice).append(notice, all, request, actor, clock), Role.REVIEWER))
                .map(NoticeView::of);
    }
}

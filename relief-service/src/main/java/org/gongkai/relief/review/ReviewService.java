package org.gongkai.relief.review;

import java.time.Clock;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeService;
import org.gongkai.core.objection.ObjectionFinder;
import org.gongkai.core.security.Actor;
import org.gongkai.core.security.Role;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Records one step of a relief roster's review chain (village committee → street office → civil-affairs bureau) as a
 * fact on the notice: checked against the chain and the notice's objections, and written in one save.
 */
@Service
public class ReviewService {

    private final NoticeService notices;
    private final ObjectionFinder objections;
    private final Clock clock;

    ReviewService(NoticeService notices, ObjectionFinder objections, Clock clock) {
        this.notices = notices;
        this.objections = objections;
        this.clock = clock;
    }

    public Mono<Notice> review(Actor actor, String noticeId, ReviewRequest request) {
        return objections.onNotice(noticeId).collectList()
                .flatMap(all -> notices.recordFact(actor, noticeId, ReviewChain.RECORD_KEY, ReviewChain.action(request),
                        notice -> ReviewChain.of(notice).append(notice, all, request, actor, clock), Role.REVIEWER));
    }
}

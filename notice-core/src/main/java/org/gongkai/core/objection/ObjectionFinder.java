package org.gongkai.core.objection;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import org.gongkai.core.objection.internal.ObjectionRepository;

/** What a sector's rule reads of objections, without a store: the objections filed on one notice version. */
@Component
public class ObjectionFinder {

    private final ObjectionRepository objections;

    ObjectionFinder(ObjectionRepository objections) {
        this.objections = objections;
    }

    /** Every objection filed on the notice with this id (that version only), oldest first. */
    public Flux<Objection> onNotice(String noticeId) {
        return objections.findByNoticeIdOrderByFiledAtAsc(noticeId);
    }
}

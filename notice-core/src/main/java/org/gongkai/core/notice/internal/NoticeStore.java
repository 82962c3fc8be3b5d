package org.gongkai.core.notice.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.PublicChange;

/** Loading and saving notices, with the not-found answers and the public-change signal in one place. */
@Component
public class NoticeStore {

    private final NoticeRepository repository;
    private final ApplicationEventPublisher events;

    public NoticeStore(NoticeRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    public Mono<Notice> require(String id) {
        return repository.findById(id)
                .switchIfEmpty(Mono.error(org.gongkai.api.problem.ProblemException.notFound("没有这份公告：" + id)));
    }

    /** Only what the public may read: proactive, published (or since concluded, withdrawn, superseded). */
    public Mono<Notice> publicNotice(String id) {
        return repository.findById(id).filter(Notice::isPublic)
                .switchIfEmpty(Mono.error(org.gongkai.api.problem.ProblemException.notFound("没有这份公开的公告：" + id)));
    }

    /**
     * Saves; a save the public can see carries its change in the same write (the outbox the change feed is fed
     * from), and signals it.
     */
    public Mono<Notice> save(Notice notice) {
        boolean visible = notice.isPublic();
        if (visible) {
            notice.markPendingChange(notice.lastPublicChange());
        }
        return repository.save(notice).doOnNext(saved -> {
            if (visible) {
                events.publishEvent(PublicChange.of(saved));
            }
        });
    }

    public Mono<Notice> insert(Notice notice) {
        return repository.insert(notice);
    }
}

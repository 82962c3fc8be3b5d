package org.gongkai.core.notice;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** Runs a {@link NoticeQuery}: the one way a sector's rule reads notices other than by id. */
@Component
public class NoticeFinder {

    private final ReactiveMongoTemplate mongo;

    NoticeFinder(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Flux<Notice> find(NoticeQuery query) {
        Flux<Notice> found = mongo.find(query.toStoreQuery(), Notice.class);
        return query.isPublicOnly() ? found.filter(Notice::isPublic) : found;
    }
}

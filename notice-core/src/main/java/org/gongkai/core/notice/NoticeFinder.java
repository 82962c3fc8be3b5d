package org.gongkai.core.notice;

import java.util.List;
import org.gongkai.core.feed.internal.PublicReadCache;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs a {@link NoticeQuery}, or finds one notice by id: the one way a sector's rule reads notices, so that no sector
 * uses a store or writes a query.
 */
@Component
public class NoticeFinder {

    private final ReactiveMongoTemplate mongo;
    private final PublicReadCache cache;

    NoticeFinder(ReactiveMongoTemplate mongo, PublicReadCache cache) {
        this.mongo = mongo;
        this.cache = cache;
    }

    public Flux<Notice> find(NoticeQuery query) {
        Flux<Notice> found = mongo.find(query.toStoreQuery(), Notice.class);
        return query.isPublicOnly() ? found.filter(Notice::isPublic) : found;
    }

    /**
     * What {@link #find} answers for a {@link NoticeQuery#publicOnly() public-only} query, as one list kept in the
     * public read cache (dropped on every public change, and after a minute): for a public page that would otherwise
     * query the store on every request.
     */
    public Mono<List<Notice>> findPublicCached(NoticeQuery query) {
        if (!query.isPublicOnly()) {
            throw new IllegalArgumentException("only a public-only query is cached: the cache is dropped on public "
                    + "changes only");
        }
        return cache.get("notices:" + query.key(), () -> find(query).collectList());
    }

    /** The notice with this id, whatever its type, status or disclosure; empty when there is none. */
    public Mono<Notice> byId(String id) {
        return mongo.findById(id, Notice.class);
    }
}

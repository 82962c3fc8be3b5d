package org.gongkai.housing.street;

import java.util.Collection;
import java.util.Set;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeStatus;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** A street's lists of one kind for one batch, in the given statuses: the one query the street rules share. */
@Component
public class StreetBatchLists {

    private final ReactiveMongoTemplate mongo;

    StreetBatchLists(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Flux<Notice> find(String type, String region, String batch, Set<NoticeStatus> statuses,
            Collection<String> exceptIds) {
        Query query = Query.query(Criteria.where("type").is(type).and("region").is(region)
                .and("payload.batch").is(batch).and("status").in(statuses).and("_id").nin(exceptIds));
        return mongo.find(query, Notice.class);
    }
}

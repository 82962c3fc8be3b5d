package org.gongkai.procurement.notice;

import org.gongkai.core.notice.Disclosure;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeStatus;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The notices of one contracting process, linked by their payload's {@code projectCode}. */
@Component
public class ProjectNotices {

    public static final String PROJECT_CODE = "projectCode";

    private final ReactiveMongoTemplate mongo;

    public ProjectNotices(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** What the public may read of the process (every version, withdrawn ones too), oldest publication first. */
    public Flux<Notice> publicNotices(String projectCode) {
        Query query = new Query(Criteria.where("payload." + PROJECT_CODE).is(projectCode)
                .and("disclosure").is(Disclosure.PROACTIVE)
                .and("status").in(NoticeStatus.PUBLIC)
                .and("publishedAt").ne(null))
                .with(Sort.by(Sort.Order.asc("publishedAt"), Sort.Order.asc("_id")));
        return mongo.find(query, Notice.class).filter(Notice::isPublic);
    }

    /** The public notices of the process that are still in force: not withdrawn, not superseded by a correction. */
    public Flux<Notice> inForce(String projectCode) {
        return publicNotices(projectCode).filter(n -> n.status() != NoticeStatus.WITHDRAWN
                && n.status() != NoticeStatus.SUPERSEDED);
    }
}

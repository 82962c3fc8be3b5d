package org.gongkai.core.objection;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;

public interface ObjectionRepository extends ReactiveMongoRepository<Objection, String> {

    Flux<Objection> findByNoticeIdOrderByFiledAtAsc(String noticeId);
}

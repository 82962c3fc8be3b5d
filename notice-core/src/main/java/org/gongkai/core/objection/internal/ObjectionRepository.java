package org.gongkai.core.objection.internal;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import org.gongkai.core.objection.Objection;

public interface ObjectionRepository extends ReactiveMongoRepository<Objection, String> {

    Flux<Objection> findByNoticeIdOrderByFiledAtAsc(String noticeId);

    Flux<Objection> findByNoticeIdIn(java.util.Collection<String> noticeIds);

    Mono<Objection> findFirstByFingerprint(String fingerprint);
}

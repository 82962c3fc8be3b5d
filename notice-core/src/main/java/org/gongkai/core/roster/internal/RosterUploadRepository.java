package org.gongkai.core.roster.internal;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import org.gongkai.core.roster.RosterUpload;

public interface RosterUploadRepository extends ReactiveMongoRepository<RosterUpload, String> {

    Mono<RosterUpload> findFirstByNoticeIdAndSha256AndState(String noticeId, String sha256, RosterUpload.State state);

    Flux<RosterUpload> findByState(RosterUpload.State state);
}

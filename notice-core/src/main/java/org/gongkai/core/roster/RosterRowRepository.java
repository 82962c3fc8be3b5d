package org.gongkai.core.roster;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface RosterRowRepository extends ReactiveMongoRepository<RosterRow, String> {

    Flux<RosterRow> findByUploadIdOrderByLineAsc(String uploadId, Pageable page);

    Flux<RosterRow> findByUploadIdOrderByLineAsc(String uploadId);

    Mono<Long> countByUploadId(String uploadId);

    Mono<Void> deleteByUploadId(String uploadId);
}

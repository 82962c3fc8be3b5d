package org.gongkai.core.roster;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface RosterChunkRepository extends ReactiveMongoRepository<RosterChunk, String> {

    Flux<RosterChunk> findByUploadIdOrderByFirstIndexAsc(String uploadId);

    Flux<RosterChunk> findByUploadIdAndLastIndexGreaterThanEqualAndFirstIndexLessThanOrderByFirstIndexAsc(
            String uploadId, int fromIndex, int toIndex);

    Mono<Void> deleteByUploadId(String uploadId);
}

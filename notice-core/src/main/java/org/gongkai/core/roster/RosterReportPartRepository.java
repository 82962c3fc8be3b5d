package org.gongkai.core.roster;

import java.time.Instant;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface RosterReportPartRepository extends ReactiveMongoRepository<RosterReportPart, String> {

    Flux<RosterReportPart> findByUploadIdOrderBySeqAsc(String uploadId);

    Mono<Void> deleteByCreatedAtBefore(Instant cutoff);
}

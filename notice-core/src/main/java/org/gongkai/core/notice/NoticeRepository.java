package org.gongkai.core.notice;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;

public interface NoticeRepository extends ReactiveMongoRepository<Notice, String> {

    Flux<Notice> findBySeriesIdOrderByRevisionAsc(String seriesId);

    Flux<Notice> findByPreviousId(String previousId);

    Flux<Notice> findByStatus(NoticeStatus status);
}

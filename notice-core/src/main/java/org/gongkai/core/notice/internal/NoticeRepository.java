package org.gongkai.core.notice.internal;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;
import org.gongkai.core.notice.NoticeStatus;
import org.gongkai.core.notice.Notice;

public interface NoticeRepository extends ReactiveMongoRepository<Notice, String> {

    Flux<Notice> findBySeriesIdOrderByRevisionAsc(String seriesId);

    Flux<Notice> findByPreviousId(String previousId);

    Flux<Notice> findByStatus(NoticeStatus status);
}

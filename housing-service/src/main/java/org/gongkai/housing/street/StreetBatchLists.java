package org.gongkai.housing.street;

import java.util.Collection;
import java.util.Set;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeFinder;
import org.gongkai.core.notice.NoticeQuery;
import org.gongkai.core.notice.NoticeStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** A street's lists of one kind for one batch, in the given statuses: the one query the street rules share. */
@Component
public class StreetBatchLists {

    private final NoticeFinder notices;

    StreetBatchLists(NoticeFinder notices) {
        this.notices = notices;
    }

    public Flux<Notice> find(String type, String region, String batch, Set<NoticeStatus> statuses,
            Collection<String> exceptIds) {
        return notices.find(NoticeQuery.ofType(type).inRegion(region).withPayload("batch", batch)
                .inStatus(statuses).except(exceptIds));
    }
}

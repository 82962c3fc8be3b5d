package org.gongkai.housing.street;

import java.util.Collection;
import java.util.Set;
import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeFinder;
import org.gongkai.core.notice.NoticeQuery;
import org.gongkai.core.notice.NoticeStatus;
import org.gongkai.core.notice.NoticeTypes;
import org.gongkai.core.notice.PayloadReader;
import org.gongkai.housing.notice.HousingPayloads.StreetList;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * A street's lists of one kind for one batch, in the given statuses: the one query the street rules share; and the
 * street and batch a housing notice states.
 */
@Component
public class StreetBatchLists {

    private final NoticeFinder notices;
    private final NoticeTypes types;
    private final PayloadReader payloads;

    StreetBatchLists(NoticeFinder notices, NoticeTypes types, PayloadReader payloads) {
        this.notices = notices;
        this.types = types;
        this.payloads = payloads;
    }

    public Flux<Notice> find(String type, String region, String batch, Set<NoticeStatus> statuses,
            Collection<String> exceptIds) {
        return notices.find(NoticeQuery.ofType(type).inRegion(region).withPayload("batch", batch)
                .inStatus(statuses).except(exceptIds));
    }

    /** The street and batch the notice states, read field by field (a missing or malformed one is null). */
    public StreetList streetAndBatch(Notice notice) {
        return (StreetList) payloads.readFields(notice, types.require(notice.type()).payloadType());
    }
}

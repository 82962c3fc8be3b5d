package org.gongkai.procurement.notice;

import org.gongkai.core.notice.Notice;
import org.gongkai.core.notice.NoticeFinder;
import org.gongkai.core.notice.NoticeQuery;
import org.gongkai.core.notice.NoticeStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The notices of one contracting process, linked by their payload's {@code projectCode}. */
@Component
public class ProjectNotices {

    public static final String PROJECT_CODE = "projectCode";

    private final NoticeFinder notices;

    public ProjectNotices(NoticeFinder notices) {
        this.notices = notices;
    }

    /** What the public may read of the process (every version, withdrawn ones too), oldest publication first. */
    public Flux<Notice> publicNotices(String projectCode) {
        return notices.find(NoticeQuery.notices().withPayload(PROJECT_CODE, projectCode).publicOnly()
                .oldestPublishedFirst());
    }

    /** The public notices of the process that are still in force: not withdrawn, not superseded by a correction. */
    public Flux<Notice> inForce(String projectCode) {
        return publicNotices(projectCode).filter(n -> n.status() != NoticeStatus.WITHDRAWN
                && n.status() != NoticeStatus.SUPERSEDED);
    }
}

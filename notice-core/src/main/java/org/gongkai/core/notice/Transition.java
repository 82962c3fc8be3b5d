package org.gongkai.core.notice;

import static org.gongkai.core.notice.NoticeStatus.APPROVED;
import static org.gongkai.core.notice.NoticeStatus.CONCLUDED;
import static org.gongkai.core.notice.NoticeStatus.DRAFT;
import static org.gongkai.core.notice.NoticeStatus.IN_REVIEW;
import static org.gongkai.core.notice.NoticeStatus.PUBLISHED;
import static org.gongkai.core.notice.NoticeStatus.REJECTED;

import java.util.EnumSet;
import java.util.Set;

/** Every allowed move of the lifecycle; anything not listed here is refused. */
public enum Transition {
    SUBMIT("提交审核", EnumSet.of(DRAFT, REJECTED), IN_REVIEW),
    APPROVE("审核通过", EnumSet.of(IN_REVIEW), APPROVED),
    REJECT("审核退回", EnumSet.of(IN_REVIEW), REJECTED),
    PUBLISH("发布", EnumSet.of(APPROVED), PUBLISHED),
    CONCLUDE("结束公示", EnumSet.of(PUBLISHED), CONCLUDED),
    ARCHIVE("归档", EnumSet.of(CONCLUDED), NoticeStatus.ARCHIVED),
    WITHDRAW("撤回", EnumSet.of(DRAFT, REJECTED, IN_REVIEW, APPROVED, PUBLISHED, CONCLUDED), NoticeStatus.WITHDRAWN),
    SUPERSEDE("被更正版本取代", EnumSet.of(PUBLISHED, CONCLUDED), NoticeStatus.SUPERSEDED);

    private final String displayName;
    private final Set<NoticeStatus> from;
    private final NoticeStatus to;

    Transition(String displayName, Set<NoticeStatus> from, NoticeStatus to) {
        this.displayName = displayName;
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(NoticeStatus status) {
        return from.contains(status);
    }

    public NoticeStatus to() {
        return to;
    }

    public String displayName() {
        return displayName;
    }
}

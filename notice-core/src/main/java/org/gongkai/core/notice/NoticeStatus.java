package org.gongkai.core.notice;

import java.util.EnumSet;
import java.util.Set;

/** The one lifecycle every notice follows (docs/domain.md, "Lifecycle"). */
public enum NoticeStatus {
    DRAFT("草稿"),
    IN_REVIEW("待审核"),
    APPROVED("审核通过"),
    PUBLISHED("已发布"),
    CONCLUDED("公示结束"),
    ARCHIVED("已归档"),
    REJECTED("已退回"),
    WITHDRAWN("已撤回"),
    SUPERSEDED("已更正");

    /** Statuses the public can see (still only for proactive notices that were published). */
    public static final Set<NoticeStatus> PUBLIC = EnumSet.of(PUBLISHED, CONCLUDED, ARCHIVED, WITHDRAWN, SUPERSEDED);

    /**
     * Statuses a feed lists: superseded and withdrawn notices leave the feeds, and stay readable by id (a withdrawn
     * one with its reason) and through their successor's history.
     */
    public static final Set<NoticeStatus> LISTED = EnumSet.of(PUBLISHED, CONCLUDED, ARCHIVED);

    private final String displayName;

    NoticeStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean editable() {
        return this == DRAFT || this == REJECTED;
    }
}

package org.gongkai.core.notice;

/** 效力: shown on every notice. */
public enum Validity {
    NOT_YET("未生效"),
    IN_FORCE("有效"),
    EXPIRED("已失效"),
    REPEALED("已废止"),
    SUPERSEDED("已被更正");

    private final String displayName;

    Validity(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public static Validity of(NoticeStatus status) {
        return switch (status) {
            case PUBLISHED, CONCLUDED -> IN_FORCE;
            case ARCHIVED -> EXPIRED;
            case WITHDRAWN -> REPEALED;
            case SUPERSEDED -> SUPERSEDED;
            default -> NOT_YET;
        };
    }
}

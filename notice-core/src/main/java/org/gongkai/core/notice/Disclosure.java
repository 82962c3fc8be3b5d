package org.gongkai.core.notice;

/** 公开属性, decided at the source: only proactive notices ever reach a public response. */
public enum Disclosure {
    PROACTIVE("主动公开"),
    ON_REQUEST("依申请公开"),
    NOT_DISCLOSED("不予公开");

    private final String displayName;

    Disclosure(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}

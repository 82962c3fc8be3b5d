package org.gongkai.education.notice;

/** 学段: the compulsory-education stage a school district or policy concerns. */
public enum Stage {
    PRIMARY("小学"),
    JUNIOR("初中");

    private final String displayName;

    Stage(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}

package org.gongkai.api.change;

/** What happened to a public notice. Every change carries the notice's whole public form as it is now. */
public enum ChangeKind {
    /** 发布: a first version became public. */
    PUBLISHED,
    /** 更正发布: a correction became public; the version it corrects follows as {@link #SUPERSEDED}. */
    CORRECTED,
    /** 被更正: this version was replaced by a correction; it stays readable by id, no longer listed. */
    SUPERSEDED,
    /** 撤回: withdrawn with a public reason; readable by id, no longer listed. */
    WITHDRAWN,
    /** 公示结束 */
    CONCLUDED,
    /** 归档 */
    ARCHIVED,
    /** 名单到期下线: the roster's public period ended; the notice stays, its rows are no longer public. */
    ROSTER_RETIRED,
    /** Something else the public reads changed: an objection filed or answered, a fact recorded (a hearing held). */
    UPDATED,
    /** Not a change: the notice's state in a snapshot. */
    SNAPSHOT
}

package org.gongkai.core.calendar;

/** Where a publicity period stands relative to now. */
public enum PublicityPhase {
    /** 尚未开始 */
    SCHEDULED,
    /** 公示中 */
    IN_PUBLICITY,
    /** 公示期已结束 */
    ENDED
}

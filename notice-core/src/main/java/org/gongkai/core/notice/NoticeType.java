package org.gongkai.core.notice;

/**
 * A notice type a sector publishes: its code (as named by catalogue rows), Chinese name and the record class its
 * structured payload must bind to (validated with Bean Validation). Sectors declare theirs as beans.
 */
public record NoticeType(String code, String name, Class<?> payloadType) {
}

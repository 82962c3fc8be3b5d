package org.gongkai.education.notice;

import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.core.notice.Notice;

/** The day a notice goes public if published now: its requested start, or today in Asia/Shanghai. */
public final class PublicationDay {

    private PublicationDay() {
    }

    public static LocalDate of(Notice notice, Clock clock) {
        return notice.requestedStart() != null ? notice.requestedStart() : LocalDate.now(clock);
    }
}

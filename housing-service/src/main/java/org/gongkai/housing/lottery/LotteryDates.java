package org.gongkai.housing.lottery;

import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.core.notice.Notice;

/** The day a lottery result's publicity would start. */
final class LotteryDates {

    private LotteryDates() {
    }

    /** The day the result's publicity would start: its requested day, or today. */
    static LocalDate publicationStart(Notice notice, Clock clock) {
        return notice.requestedStart() != null ? notice.requestedStart() : LocalDate.now(clock);
    }
}

package org.gongkai.housing.lottery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.core.notice.Notice;

/** The dates a lottery result states, read leniently: the payload check reports a malformed one, the rules skip it. */
final class LotteryDates {

    private LotteryDates() {
    }

    /** The day the result's publicity would start: its requested day, or today. */
    static LocalDate publicationStart(Notice notice, Clock clock) {
        return notice.requestedStart() != null ? notice.requestedStart() : LocalDate.now(clock);
    }

    static Optional<LocalDate> notarizedOn(Notice notice) {
        return parse(notice, "notarizedOn", LocalDate::parse);
    }

    static Optional<LocalDateTime> drawnAt(Notice notice) {
        return parse(notice, "drawnAt", LocalDateTime::parse);
    }

    private static <T> Optional<T> parse(Notice notice, String key, Function<String, T> parser) {
        Object value = notice.payload().get(key);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value.toString()));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}

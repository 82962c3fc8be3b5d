package org.gongkai.api.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The one date every test clock starts from: {@code -Dgongkai.test.date=2026-02-10} on the Maven command line
 * (Surefire hands it to the tests), else {@link #DEFAULT}. Unit and integration tests start their clocks on it;
 * the end-to-end tests start every process's clock on it with {@code gongkai.clock.starts-at}.
 */
public final class TestDate {

    public static final String PROPERTY = "gongkai.test.date";
    /** A Monday inside the shipped calendars (config/repo/calendars/), far enough from year's end. */
    public static final LocalDate DEFAULT = LocalDate.of(2026, 11, 2);
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private TestDate() {
    }

    public static LocalDate today() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PROPERTY + " must be an ISO date such as 2026-02-10: " + value, e);
        }
    }

    /** 09:00 China time on the test date, the value for {@code gongkai.clock.starts-at}. */
    public static String startsAt() {
        return OffsetDateTime.of(today(), LocalTime.of(9, 0), CHINA).toString();
    }
}

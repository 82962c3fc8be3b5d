package org.gongkai.api.time;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The one place in the suite that reads the machine's clock. Every service's {@code Clock} bean comes from here;
 * everything else asks that bean. A non-production run may start its clock at a chosen instant
 * ({@code gongkai.clock.starts-at=2026-02-10T09:00:00+08:00}): the clock then ticks on from there, so timeouts,
 * polling and ordering behave as usual while every date the rules see is the chosen one. Production refuses it.
 */
public final class SuiteClock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final String STARTS_AT_PROPERTY = "gongkai.clock.starts-at";

    private SuiteClock() {
    }

    /**
     * @param startsAt   an ISO offset date-time, or null/blank for the machine's clock
     * @param production whether the {@code prod} profile is active; it may not move the clock
     */
    public static Clock create(String startsAt, boolean production) {
        Clock system = Clock.system(SHANGHAI);
        if (startsAt == null || startsAt.isBlank()) {
            return system;
        }
        if (production) {
            throw new IllegalStateException(STARTS_AT_PROPERTY + " must not be set in the prod profile: "
                    + "production dates come from the machine's clock");
        }
        OffsetDateTime start;
        try {
            start = OffsetDateTime.parse(startsAt.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(STARTS_AT_PROPERTY + " is not an ISO date-time with offset "
                    + "(e.g. 2026-02-10T09:00:00+08:00): " + startsAt, e);
        }
        return Clock.offset(system, Duration.between(system.instant(), start.toInstant()));
    }
}

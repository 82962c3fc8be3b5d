package org.gongkai.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.gongkai.core.time.StoryClock;
import org.gongkai.core.time.Zones;

/**
 * A clock a test sets to any Shanghai date and moves forward, so publicity periods can be walked through. It is a
 * {@link StoryClock}, so a test service's demo loader can hold it at its story's moments too.
 */
public class MovableClock extends StoryClock {

    private volatile Instant now;

    public MovableClock(LocalDate day) {
        super(Clock.fixed(Instant.EPOCH, Zones.SHANGHAI));
        set(day, LocalTime.of(9, 0));
    }

    public void set(LocalDate day, LocalTime time) {
        now = day.atTime(time).atZone(Zones.SHANGHAI).toInstant();
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    protected Instant baseInstant() {
        return now;
    }
}

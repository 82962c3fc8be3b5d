package org.gongkai.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.gongkai.core.time.Zones;

/** A clock a test sets to any Shanghai date and moves forward, so publicity periods can be walked through. */
public class MovableClock extends Clock {

    private volatile Instant now;

    public MovableClock(LocalDate day) {
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
    public ZoneId getZone() {
        return Zones.SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}

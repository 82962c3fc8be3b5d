package org.gongkai.core.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock: the suite's clock, which the demo loader alone may hold at a moment of its story while
 * it plays the story through the real services before the service takes requests. Held or not, every rule reads
 * the time from here.
 */
public class StoryClock extends Clock {

    private final Clock base;
    private volatile Instant held;

    public StoryClock(Clock base) {
        this.base = base;
    }

    /** Stops the clock at {@code at} until {@link #release()}. */
    public void hold(Instant at) {
        held = at;
    }

    /** Lets the clock run on from the base clock again. */
    public void release() {
        held = null;
    }

    /** The time when nothing holds the clock. */
    protected Instant baseInstant() {
        return base.instant();
    }

    @Override
    public final Instant instant() {
        Instant at = held;
        return at != null ? at : baseInstant();
    }

    @Override
    public ZoneId getZone() {
        return Zones.SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}

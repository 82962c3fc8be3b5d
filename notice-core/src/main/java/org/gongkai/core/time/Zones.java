package org.gongkai.core.time;

import java.time.ZoneId;

/** Every date in the suite is local to mainland China. */
public final class Zones {

    public static final ZoneId SHANGHAI = org.gongkai.api.time.SuiteClock.SHANGHAI;

    private Zones() {
    }
}

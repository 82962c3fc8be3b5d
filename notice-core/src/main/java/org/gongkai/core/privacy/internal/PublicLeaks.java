package org.gongkai.core.privacy.internal;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The alarm for personal numbers the last guard masked on their way out ({@code PublicResponseGuard}): each one is a
 * record that reached the store around the privacy gate. Counted in {@code gongkai.privacy.leaks.masked} and logged
 * with the path only, never the number.
 */
@Component
public class PublicLeaks {

    public static final String METRIC = "gongkai.privacy.leaks.masked";

    private static final Logger log = LoggerFactory.getLogger(PublicLeaks.class);

    private final MeterRegistry meters;

    public PublicLeaks(MeterRegistry meters) {
        this.meters = meters;
    }

    public void masked(int count, String path) {
        if (count <= 0) {
            return;
        }
        meters.counter(METRIC).increment(count);
        log.error("privacy: {} unmasked personal number(s) reached a public response on {}; masked on the way out. "
                + "Find the record that bypassed the privacy gate.", count, path);
    }
}

package org.gongkai.core.testing;

import java.time.LocalTime;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Puts the shared application's movable clock back on the test date ({@link SectorTestConfiguration#START}, 09:00)
 * before each test, so a test that walks the clock through a period never moves the day another test reads.
 */
public class StartingClock implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBean(MovableClock.class)
                .set(SectorTestConfiguration.START, LocalTime.of(9, 0));
    }
}

package org.gongkai.core.time.internal;

import java.time.Clock;
import java.util.Arrays;
import org.gongkai.api.time.SuiteClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.gongkai.core.time.StoryClock;

/**
 * The one clock every rule reads, in Asia/Shanghai (a {@link StoryClock}). Tests replace it with a movable one; end-to-end runs start
 * it at the test date with {@code gongkai.clock.starts-at}, which the {@code prod} profile refuses.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    StoryClock clock(Environment environment) {
        String startsAt = environment.getProperty(SuiteClock.STARTS_AT_PROPERTY);
        Clock clock = SuiteClock.create(startsAt, Arrays.asList(environment.getActiveProfiles()).contains("prod"));
        if (startsAt != null && !startsAt.isBlank()) {
            log.warn("clock moved for a non-production run: it started at {}", startsAt);
        }
        return new StoryClock(clock);
    }
}

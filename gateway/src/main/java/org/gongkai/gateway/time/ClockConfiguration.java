package org.gongkai.gateway.time;

import java.time.Clock;
import java.util.Arrays;
import org.gongkai.api.time.SuiteClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The gateway's clock, from the same {@link SuiteClock} as every sector's (so an e2e run moves both alike). */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    Clock clock(Environment environment) {
        return SuiteClock.create(environment.getProperty(SuiteClock.STARTS_AT_PROPERTY),
                Arrays.asList(environment.getActiveProfiles()).contains("prod"));
    }
}

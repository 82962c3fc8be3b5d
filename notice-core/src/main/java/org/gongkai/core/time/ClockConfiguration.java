package org.gongkai.core.time;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every rule reads, in Asia/Shanghai; tests replace it with a fixed or movable one. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(Zones.SHANGHAI);
    }
}

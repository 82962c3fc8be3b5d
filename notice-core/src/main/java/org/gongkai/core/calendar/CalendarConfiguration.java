package org.gongkai.core.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** Loads the working-day calendar once, from the config server (or a file location in tests). */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar(ResourceLoader loader, CalendarProperties properties) {
        return properties.load(loader);
    }

    @Bean
    PeriodCalculator periodCalculator(WorkingDayCalendar calendar) {
        return new PeriodCalculator(calendar);
    }
}

package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class CalendarPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PropertiesConfiguration.class);

    @Test
    void bindsLocationAndYearsAndLoadsTheCalendar() {
        runner.withPropertyValues("gongkai.calendar.location=file:../config/repo/calendars/",
                        "gongkai.calendar.years=2024,2025,2026")
                .run(context -> {
                    CalendarProperties properties = context.getBean(CalendarProperties.class);
                    assertThat(properties.years()).containsExactly(2024, 2025, 2026);
                    assertThat(properties.load(context).isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
                });
    }

    @Test
    void bindsTheConfigServerAccountAndNeverShowsItsPassword() {
        runner.withPropertyValues("gongkai.calendar.location=http://localhost:8888/application/default/main/calendars/",
                        "gongkai.calendar.years=2026", "gongkai.calendar.username=gongkai",
                        "gongkai.calendar.password=config-password")
                .run(context -> {
                    CalendarProperties properties = context.getBean(CalendarProperties.class);
                    assertThat(properties.username()).isEqualTo("gongkai");
                    assertThat(properties.password()).isEqualTo("config-password");
                    assertThat(properties.toString()).doesNotContain("config-password");
                });
    }

    @Test
    void missingLocationFailsStartUp() {
        runner.withPropertyValues("gongkai.calendar.years=2026")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("location"));
    }

    @Test
    void missingYearsFailsStartUp() {
        runner.withPropertyValues("gongkai.calendar.location=file:../config/repo/calendars/")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("years"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CalendarProperties.class)
    static class PropertiesConfiguration {
    }
}

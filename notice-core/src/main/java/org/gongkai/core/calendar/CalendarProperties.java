package org.gongkai.core.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.ResourceLoader;
import org.springframework.validation.annotation.Validated;

/**
 * Where the yearly holiday files live and which years to load, e.g.
 * {@code gongkai.calendar.location=http://localhost:8888/application/default/main/calendars/} and
 * {@code gongkai.calendar.years=2024,2025,2026}; {@code username} and {@code password} are the config server's
 * account for an {@code http:} location (config/repo/application.yml passes the config client's).
 */
@Validated
@ConfigurationProperties("gongkai.calendar")
record CalendarProperties(@NotBlank String location, @NotEmpty List<@NotNull Integer> years, String username,
        String password) {

    public WorkingDayCalendar load(ResourceLoader loader) {
        return CalendarLoader.load(loader, location, years, new CalendarLoader.Credentials(username, password));
    }

    @Override
    public String toString() {
        return "CalendarProperties[location=" + location + ", years=" + years + ", username=" + username
                + ", password=******]";
    }
}

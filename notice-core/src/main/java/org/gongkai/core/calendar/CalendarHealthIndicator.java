package org.gongkai.core.calendar;

import org.gongkai.api.CalendarRunway;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/calendar} (component {@code calendarRunway}): how far ahead the calendars reach. Always UP (a short runway is a warning for
 * the administrator, not an outage), with {@code warning} among the details when fewer than 45 days remain.
 */
@Component("calendarRunway")
class CalendarHealthIndicator implements HealthIndicator {

    private final CalendarRunwayCheck runway;

    CalendarHealthIndicator(CalendarRunwayCheck runway) {
        this.runway = runway;
    }

    @Override
    public Health health() {
        CalendarRunway current = runway.current();
        Health.Builder health = Health.up()
                .withDetail("today", current.today().toString())
                .withDetail("years", current.years())
                .withDetail("daysLeft", current.daysLeft());
        if (current.coveredThrough() != null) {
            health.withDetail("coveredThrough", current.coveredThrough().toString());
        }
        if (current.warning() != null) {
            health.withDetail("warning", current.warning());
        }
        return health.build();
    }
}

package org.gongkai.core.calendar;

import java.util.List;
import org.springframework.core.io.DefaultResourceLoader;

/** The shipped 2024–2026 calendar files, read from the config repository as in production. */
final class Calendars {

    static final String REPO_LOCATION = "file:../config/repo/calendars/";

    private static WorkingDayCalendar shipped;

    private Calendars() {
    }

    static synchronized WorkingDayCalendar shipped() {
        if (shipped == null) {
            shipped = CalendarLoader.load(new DefaultResourceLoader(), REPO_LOCATION, List.of(2024, 2025, 2026));
        }
        return shipped;
    }
}

package org.gongkai.core.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.gongkai.api.CalendarRunway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches how far ahead the loaded calendars reach. Fewer than {@link CalendarRunway#WARN_DAYS} days left is said
 * in health and statistics and logged as a warning once a day; the service stays up, because only periods that
 * reach past the last covered day are refused.
 */
@Component
public class CalendarRunwayCheck {

    private static final Logger log = LoggerFactory.getLogger(CalendarRunwayCheck.class);

    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final AtomicReference<LocalDate> lastWarned = new AtomicReference<>();

    public CalendarRunwayCheck(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    public CalendarRunway current() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        if (!calendar.covers(year)) {
            return new CalendarRunway(today, null, 0, years(), "缺少今年（" + year + "年）的节假日日历，所有按工作日计算的期限都会被拒绝："
                    + new CalendarYearMissingException(year).getMessage());
        }
        while (calendar.covers(year + 1)) {
            year++;
        }
        LocalDate coveredThrough = LocalDate.of(year, 12, 31);
        int daysLeft = (int) ChronoUnit.DAYS.between(today, coveredThrough);
        String warning = daysLeft >= CalendarRunway.WARN_DAYS ? null
                : "节假日日历只覆盖到" + coveredThrough + "，还剩" + daysLeft + "天；此后的期限将被拒绝。" + (year + 1)
                        + "年的安排公布后，请在 " + CalendarYearMissingException.CALENDAR_FOLDER + " 下添加 " + (year + 1)
                        + ".json 并在 gongkai.calendar.years 中加入 " + (year + 1);
        return new CalendarRunway(today, coveredThrough, daysLeft, years(), warning);
    }

    /** Logs the warning at most once per (Shanghai) day; answers whether it logged. */
    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "PT1H")
    public boolean warnOncePerDay() {
        CalendarRunway runway = current();
        if (runway.warning() == null) {
            return false;
        }
        LocalDate previous = lastWarned.getAndSet(runway.today());
        if (runway.today().equals(previous)) {
            return false;
        }
        log.warn("calendar runway: {}", runway.warning());
        return true;
    }

    private List<Integer> years() {
        return List.copyOf(calendar.years());
    }
}

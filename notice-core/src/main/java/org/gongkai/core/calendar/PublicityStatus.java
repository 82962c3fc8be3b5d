package org.gongkai.core.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.gongkai.core.time.Zones;

/**
 * A period's phase today (Shanghai time). {@code daysLeft} counts calendar days from today to the end date
 * inclusive, so it is 1 on the last day and 0 once the period has ended.
 */
public record PublicityStatus(PublicityPhase phase, int daysLeft) {

    public static PublicityStatus of(PublicityPeriod period, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        if (today.isAfter(period.end())) {
            return new PublicityStatus(PublicityPhase.ENDED, 0);
        }
        int daysLeft = (int) ChronoUnit.DAYS.between(today, period.end()) + 1;
        PublicityPhase phase = today.isBefore(period.start()) ? PublicityPhase.SCHEDULED : PublicityPhase.IN_PUBLICITY;
        return new PublicityStatus(phase, daysLeft);
    }
}

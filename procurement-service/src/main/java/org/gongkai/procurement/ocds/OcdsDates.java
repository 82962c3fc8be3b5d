package org.gongkai.procurement.ocds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.gongkai.core.time.Zones;

/** OCDS dates are RFC 3339 date-times; the suite's dates are Asia/Shanghai, so they carry +08:00. */
final class OcdsDates {

    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private OcdsDates() {
    }

    static String of(Instant instant) {
        return instant == null ? null : RFC_3339.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(Zones.SHANGHAI));
    }

    static String of(LocalDateTime local) {
        return local == null ? null : RFC_3339.format(local.truncatedTo(ChronoUnit.SECONDS).atZone(Zones.SHANGHAI));
    }

    static String of(LocalDate day) {
        return day == null ? null : of(day.atStartOfDay());
    }

    /** The last second of {@code day}: an end date given as a day includes that whole day. */
    static String endOf(LocalDate day) {
        return day == null ? null : of(day.atTime(23, 59, 59));
    }
}

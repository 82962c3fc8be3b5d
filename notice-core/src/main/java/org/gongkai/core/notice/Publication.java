package org.gongkai.core.notice;

import java.time.LocalDate;
import org.gongkai.core.calendar.PublicityPeriod;

/** What publishing fixes: the publicity period, the disclosure deadline and whether it was missed, the digest. */
public record Publication(PublicityPeriod period, LocalDate dueBy, boolean late, LocalDate rosterPublicUntil,
        String digest) {
}

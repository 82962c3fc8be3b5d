package org.gongkai.core.notice;

import java.time.LocalDate;
import org.gongkai.core.calendar.PeriodAnswer;

/**
 * The period a draft would get if published on {@code publishOn}: its publicity ({@code null} for a type without
 * one) with every counted and skipped day, the disclosure deadline and whether that day would be late.
 */
record PeriodPreview(String noticeId, LocalDate publishOn, LocalDate start, PeriodAnswer period,
        LocalDate dueBy, boolean late) {
}

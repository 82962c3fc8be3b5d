package org.gongkai.core.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The period calculator's answer: the rule applied ({@code unit} WORKING_DAYS or CALENDAR_DAYS), the first and
 * last day, and every date walked from {@code requestedStart}, counted or skipped with its reason. When a notice
 * type was named, {@code sector}, {@code type}, {@code catalogRow} and {@code basis} say whose rule it was.
 */
public record PeriodAnswer(LocalDate requestedStart, int length, String unit, String rule, LocalDate firstDay,
        LocalDate lastDay, int calendarDays, int countedDays, int skippedDays, List<PeriodDay> days, String sector,
        String type, String catalogRow, String basis) {

    public static final String WORKING_DAYS = "WORKING_DAYS";
    public static final String CALENDAR_DAYS = "CALENDAR_DAYS";

    public static PeriodAnswer of(LocalDate requestedStart, PeriodExplanation explanation, String sector, String type,
            String catalogRow, String basis) {
        PublicityPeriod period = explanation.period();
        PublicityRule rule = period.rule();
        return new PeriodAnswer(requestedStart, rule.length(), unitName(rule.unit()), rule.describe(), period.start(),
                period.end(), period.calendarDays(), explanation.countedDays(), explanation.skipped().size(),
                explanation.days(), sector, type, catalogRow, basis);
    }

    public static String unitName(DayUnit unit) {
        return unit == DayUnit.WORKING ? WORKING_DAYS : CALENDAR_DAYS;
    }
}

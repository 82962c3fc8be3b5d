package org.gongkai.core.calendar;

import java.util.List;

/**
 * A period with its working: every date from the requested start to the last day, each counted or skipped with
 * its reason. Publishing and the public period calculator both get their period from here.
 */
record PeriodExplanation(PublicityPeriod period, List<PeriodDay> days) {

    public PeriodExplanation {
        days = List.copyOf(days);
    }

    public int countedDays() {
        return (int) days.stream().filter(PeriodDay::counted).count();
    }

    public List<PeriodDay> skipped() {
        return days.stream().filter(day -> !day.counted()).toList();
    }
}

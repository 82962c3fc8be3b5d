package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicityRuleTest {

    @Test
    void describesWorkingDaysAndCalendarDaysInChinese() {
        assertThat(new PublicityRule(10, DayUnit.WORKING).describe()).isEqualTo("10个工作日");
        assertThat(new PublicityRule(30, DayUnit.CALENDAR).describe()).isEqualTo("30日");
    }

    @Test
    void zeroOrNegativeLengthIsRejected() {
        assertThatThrownBy(() -> new PublicityRule(0, DayUnit.CALENDAR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicityRule(-3, DayUnit.WORKING)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void periodEndingBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> new PublicityPeriod(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 2),
                PublicityRule.calendarDays(1))).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.gongkai.core.calendar;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** One override of the weekend rule: a holiday ({@code isOffDay} true) or a make-up working day (调休上班). */
record CalendarDay(String name, LocalDate date, @JsonProperty(value = "isOffDay", required = true) boolean offDay) {
}

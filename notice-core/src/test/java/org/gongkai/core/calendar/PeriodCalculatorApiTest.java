package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.sector.FixtureSectorTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.gongkai.core.testing.MovableClock;
import org.gongkai.core.testing.SectorTestConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The public period calculator and the calendar runway over HTTP, anonymous, on the fixture sector: any start date,
 * past or future, by length and unit or by a catalogue row; every problem of a bad request listed at once.
 */
@FixtureSectorTest
class PeriodCalculatorApiTest {

    static final String PERIOD = "/api/fixture/public/calendar/period";

    @Autowired
    WebTestClient client;
    @Autowired
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.set(SectorTestConfiguration.START, LocalTime.of(9, 0));
    }

    @Test
    void sevenWorkingDaysFromBeforeSpringFestival2026ShowEveryCountedAndSkippedDay() {
        client.get().uri(PERIOD + "?start=2026-02-12&length=7&unit=WORKING_DAYS").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.firstDay").isEqualTo("2026-02-12")
                .jsonPath("$.lastDay").isEqualTo("2026-02-27")
                .jsonPath("$.rule").isEqualTo("7个工作日")
                .jsonPath("$.unit").isEqualTo("WORKING_DAYS")
                .jsonPath("$.countedDays").isEqualTo(7)
                .jsonPath("$.skippedDays").isEqualTo(9)
                .jsonPath("$.calendarDays").isEqualTo(16)
                .jsonPath("$.days[2].date").isEqualTo("2026-02-14")
                .jsonPath("$.days[2].kind").isEqualTo("MAKEUP_WORKING_DAY")
                .jsonPath("$.days[2].counted").isEqualTo(true)
                .jsonPath("$.days[2].note").isEqualTo("春节调休上班（星期六），计入第3日")
                .jsonPath("$.days[3].kind").isEqualTo("HOLIDAY")
                .jsonPath("$.days[3].holiday").isEqualTo("春节")
                .jsonPath("$.days[3].counted").isEqualTo(false)
                .jsonPath("$.days[3].weekday").isEqualTo("星期日");
    }

    @Test
    void aStartLongPastIsAnsweredToo() {
        client.get().uri(PERIOD + "?start=2024-09-27&length=3&unit=CALENDAR_DAYS").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.firstDay").isEqualTo("2024-09-27")
                .jsonPath("$.lastDay").isEqualTo("2024-09-29")
                .jsonPath("$.skippedDays").isEqualTo(0);
    }

    @Test
    void aCatalogueRowAppliesItsOwnRuleAndNamesItsBasis() {
        client.get().uri(PERIOD + "?type=FIXTURE_NOTICE&start=2026-09-24").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.rule").isEqualTo("7日")
                .jsonPath("$.lastDay").isEqualTo("2026-09-30")
                .jsonPath("$.sector").isEqualTo("fixture")
                .jsonPath("$.catalogRow").isEqualTo("FX-01")
                .jsonPath("$.basis").isEqualTo("测试依据")
                .jsonPath("$.days[1].kind").isEqualTo("HOLIDAY")
                .jsonPath("$.days[1].counted").isEqualTo(true);
        client.get().uri(PERIOD + "?type=FIXTURE_NOTICE&start=2026-09-24&length=10").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.lastDay").isEqualTo("2026-10-03");
    }

    @Test
    void everyProblemOfABadRequestIsListed() {
        client.get().uri(PERIOD + "?start=2026-13-01&length=abc&unit=WEEKS").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[?(@.field=='start')].reason").value(r -> assertThat(r.toString()).contains("不是有效日期"))
                .jsonPath("$.errors[?(@.field=='length')].reason").value(r -> assertThat(r.toString()).contains("1至366"))
                .jsonPath("$.errors[?(@.field=='unit')].reason").value(r -> assertThat(r.toString()).contains("WORKING_DAYS"));
        client.get().uri(PERIOD).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(3);
        client.get().uri(PERIOD + "?type=FIXTURE_DECISION&start=2026-03-02").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].reason").value(r -> assertThat(r.toString()).contains("不设公示期"));
        client.get().uri(PERIOD + "?type=FIXTURE_NOTICE&start=2026-03-02&length=3&unit=WORKING_DAYS").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(2);
    }

    @Test
    void aYearWithoutItsCalendarIs422NamingTheYearAndTheFile() {
        client.get().uri(PERIOD + "?start=2026-12-24&length=7&unit=WORKING_DAYS").exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gongkai.example/problems/calendar-missing")
                .jsonPath("$.missingYear").isEqualTo(2027)
                .jsonPath("$.calendarFile").isEqualTo("config/repo/calendars/2027.json")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("2027.json").contains("holiday-cn"));
    }

    @Test
    void healthShowsHowFarTheCalendarsReachAndStaysUpWhenTheyRunShort() {
        long daysLeft = ChronoUnit.DAYS.between(SectorTestConfiguration.START, LocalDate.of(2026, 12, 31));
        client.get().uri("/actuator/health/calendar").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.calendarRunway.details.coveredThrough").isEqualTo("2026-12-31")
                .jsonPath("$.components.calendarRunway.details.daysLeft").isEqualTo((int) daysLeft);

        clock.set(LocalDate.of(2026, 12, 2), LocalTime.of(9, 0));
        client.get().uri("/actuator/health/calendar").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.calendarRunway.details.daysLeft").isEqualTo(29)
                .jsonPath("$.components.calendarRunway.details.warning")
                .value(w -> assertThat(w.toString()).contains("还剩29天").contains("2027.json"));
        client.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/api/fixture/public/stats").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.calendar.daysLeft").isEqualTo(29)
                .jsonPath("$.calendar.warning").value(w -> assertThat(w.toString()).contains("2027.json"));
    }
}

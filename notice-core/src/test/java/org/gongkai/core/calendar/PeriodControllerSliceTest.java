package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.core.catalog.Catalog;
import org.gongkai.core.problem.internal.ProblemHandler;
import org.gongkai.core.sector.SectorProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The period controller alone (WebFlux slice, calculator and catalogue mocked): the answer's JSON shape, and every
 * problem of a bad request listed at once in one application/problem+json body, without the calculator being asked.
 */
@WebFluxTest(properties = {"gongkai.sector.name=fixture", "spring.cloud.config.enabled=false"})
class PeriodControllerSliceTest {

    static final String PERIOD = "/api/fixture/public/calendar/period";

    @SpringBootConfiguration
    @EnableWebFluxSecurity
    @Import({PeriodController.class, ProblemHandler.class})
    static class Slice {

        /** The public paths are open; the real chain (tokens, roles) is proved by the sector integration tests. */
        @Bean
        SecurityWebFilterChain open(ServerHttpSecurity http) {
            return http.authorizeExchange(a -> a.anyExchange().permitAll()).csrf(c -> c.disable()).build();
        }
    }

    @Autowired
    WebTestClient web;
    @MockitoBean
    PeriodCalculator calculator;
    @MockitoBean
    Catalog catalog;
    @MockitoBean
    SectorProperties sector;

    @BeforeEach
    void sector() {
        when(sector.name()).thenReturn("fixture");
        when(sector.displayName()).thenReturn("测试板块");
        when(catalog.rows()).thenReturn(List.of());
    }

    @Test
    void aPeriodByLengthAndUnitIsAnsweredWithEveryDayAndItsReason() {
        LocalDate start = LocalDate.of(2026, 10, 9);
        PublicityRule rule = new PublicityRule(2, DayUnit.WORKING);
        when(calculator.explain(eq(start), eq(rule))).thenReturn(new PeriodExplanation(
                new PublicityPeriod(start, LocalDate.of(2026, 10, 10), rule),
                List.of(PeriodDay.of(start, DayKind.WORKING_DAY, null, true, 1),
                        PeriodDay.of(LocalDate.of(2026, 10, 10), DayKind.MAKEUP_WORKING_DAY, "国庆节", true, 2))));

        web.get().uri(PERIOD + "?start=2026-10-09&length=2&unit=WORKING_DAYS").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.requestedStart").isEqualTo("2026-10-09")
                .jsonPath("$.length").isEqualTo(2)
                .jsonPath("$.unit").isEqualTo("WORKING_DAYS")
                .jsonPath("$.firstDay").isEqualTo("2026-10-09")
                .jsonPath("$.lastDay").isEqualTo("2026-10-10")
                .jsonPath("$.calendarDays").isEqualTo(2)
                .jsonPath("$.countedDays").isEqualTo(2)
                .jsonPath("$.skippedDays").isEqualTo(0)
                .jsonPath("$.days.length()").isEqualTo(2)
                .jsonPath("$.days[1].date").isEqualTo("2026-10-10")
                .jsonPath("$.days[1].kind").isEqualTo("MAKEUP_WORKING_DAY")
                .jsonPath("$.days[1].counted").isEqualTo(true)
                .jsonPath("$.rule").exists();
    }

    @Test
    void aRequestWithNothingListsStartLengthAndUnitInOneProblem() {
        web.get().uri(PERIOD).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gongkai.example/problems/validation")
                .jsonPath("$.title").isEqualTo("请求内容有误")
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.detail").exists()
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString())
                        .contains("start", "length", "unit"))
                .jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason).contains("2026-01-30"));
        verifyNoInteractions(calculator);
    }

    @Test
    void aBadDateLengthOrUnknownTypeIsAFieldProblemEach() {
        web.get().uri(PERIOD + "?start=9月24日&length=400&type=NO_SUCH_TYPE").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.errors[?(@.field=='start')].reason").value(r -> assertThat(r.toString()).contains("9月24日"))
                .jsonPath("$.errors[?(@.field=='length')].reason").value(r -> assertThat(r.toString()).contains("366"))
                .jsonPath("$.errors[?(@.field=='type')].reason")
                .value(r -> assertThat(r.toString()).contains("测试板块", "NO_SUCH_TYPE"));
        verifyNoInteractions(calculator);
    }

    @Test
    void aCalculationBeyondTheCalendarsIs422NamingTheFileToAdd() {
        when(calculator.explain(any(), any())).thenThrow(new CalendarYearMissingException(2031));

        web.get().uri(PERIOD + "?start=2031-01-05&length=5&unit=CALENDAR_DAYS").exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(422)
                .jsonPath("$.type").isEqualTo("https://gongkai.example/problems/calendar-missing")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("2031"))
                .jsonPath("$.missingYear").isEqualTo(2031)
                .jsonPath("$.calendarFile").exists();
    }
}

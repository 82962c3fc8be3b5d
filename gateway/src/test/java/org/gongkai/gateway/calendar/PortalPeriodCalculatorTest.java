package org.gongkai.gateway.calendar;

import org.gongkai.gateway.support.PortalTestBase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.gongkai.gateway.support.FakeSector;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The portal's period calculator asks a sector (the computation is notice-core's, the one publishing uses): the
 * named one for a notice type, else the first that answers; a sector's refusal (a missing calendar year) is relayed.
 */
class PortalPeriodCalculatorTest extends PortalTestBase {

    static final String PATH = "/api/land/public/calendar/period";
    static final Map<String, Object> ANSWER = Map.of("firstDay", "2026-01-30", "lastDay", "2026-02-09",
            "rule", "7个工作日");

    @Test
    void aPlainPeriodIsAskedOfTheFirstSectorWithItsParametersAsGiven() {
        land.on(PATH, FakeSector.json(ANSWER));

        client.get().uri("/api/portal/calendar/period?start=2026-01-30&length=7&unit=WORKING_DAYS").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.lastDay").isEqualTo("2026-02-09");
        RecordedRequest asked = land.requests().get(land.requests().size() - 1);
        assertThat(asked.getRequestUrl().queryParameter("start")).isEqualTo("2026-01-30");
        assertThat(asked.getRequestUrl().queryParameter("length")).isEqualTo("7");
        assertThat(asked.getRequestUrl().queryParameter("unit")).isEqualTo("WORKING_DAYS");
        assertThat(housing.requests()).isEmpty();
    }

    @Test
    void whenTheFirstSectorFailsTheNextOneAnswers() {
        land.on(PATH, new MockResponse().setResponseCode(500));
        housing.on("/api/housing/public/calendar/period", FakeSector.json(ANSWER));

        client.get().uri("/api/portal/calendar/period?start=2026-01-30&length=7&unit=WORKING_DAYS").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.rule").isEqualTo("7个工作日");
    }

    @Test
    void aNoticeTypeIsAskedOfItsOwnSectorOnly() {
        housing.on("/api/housing/public/calendar/period", FakeSector.json(Map.of("catalogRow", "HOUSING-01")));

        client.get().uri("/api/portal/calendar/period?sector=housing&type=ELIGIBLE_LIST&start=2026-09-24").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.catalogRow").isEqualTo("HOUSING-01");
        assertThat(housing.requests().get(0).getRequestUrl().queryParameter("type")).isEqualTo("ELIGIBLE_LIST");
        assertThat(land.requests()).isEmpty();
    }

    @Test
    void aNoticeTypeWithoutItsSectorOrAnUnknownSectorIsABadRequest() {
        client.get().uri("/api/portal/calendar/period?type=PRE_ANNOUNCEMENT&start=2026-09-24").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("sector")
                .jsonPath("$.errors[0].reason").value(r -> assertThat(r.toString()).contains("land"));
        client.get().uri("/api/portal/calendar/period?sector=forestry&type=X&start=2026-09-24").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].reason").value(r -> assertThat(r.toString()).contains("forestry"));
    }

    @Test
    void aSectorsRefusalIsRelayedAsItIs() {
        land.on(PATH, new MockResponse().setResponseCode(422).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"type\":\"https://gongkai.example/problems/calendar-missing\",\"missingYear\":2027,"
                        + "\"calendarFile\":\"config/repo/calendars/2027.json\"}"));

        client.get().uri("/api/portal/calendar/period?start=2026-12-24&length=7&unit=WORKING_DAYS").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.missingYear").isEqualTo(2027)
                .jsonPath("$.calendarFile").isEqualTo("config/repo/calendars/2027.json");
        assertThat(housing.requests()).as("a refusal is an answer: no other sector is asked").isEmpty();
    }

    @Test
    void withEverySectorDownTheAnswerIsA503Problem() {
        land.on(PATH, new MockResponse().setResponseCode(500));
        housing.on("/api/housing/public/calendar/period", new MockResponse().setResponseCode(503));

        client.get().uri("/api/portal/calendar/period?start=2026-01-30&length=7&unit=WORKING_DAYS").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("无法计算公示期"));
    }
}

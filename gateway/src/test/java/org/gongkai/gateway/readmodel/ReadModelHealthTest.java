package org.gongkai.gateway.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import okhttp3.mockwebserver.MockResponse;
import org.gongkai.gateway.support.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each sector's standing in the read model, in health and as the lag gauge an operator's alert watches. */
class ReadModelHealthTest extends PortalTestBase {

    @Autowired
    MeterRegistry meters;

    @Test
    void whenEverySectorIsFollowedThenHealthIsUpWithNoLag() {
        land.publish(land.item("h1", Instant.parse("2026-05-02T00:00:00Z")));

        client.get().uri("/actuator/health/readmodel").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.readModel.details.sectors.land.status").isEqualTo("ok")
                .jsonPath("$.components.readModel.details.sectors.land.lagSeconds").isEqualTo(0)
                .jsonPath("$.components.readModel.details.sectors.land.asOf").isEqualTo("2026-05-02T00:00:00Z")
                .jsonPath("$.components.readModel.details.notices").isEqualTo(1);
        assertThat(lag("land")).isZero();
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    @Test
    void whenASectorFailsThenItIsNamedUnavailableAndItsLagGrowsWhileTheGatewayStaysUp() throws Exception {
        land.publish(land.item("h2", Instant.parse("2026-05-03T00:00:00Z")));
        housing.changeFeedAnswers(new MockResponse().setResponseCode(503));
        awaitStatus("housing", "unavailable");

        client.get().uri("/actuator/health/readmodel").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.readModel.details.sectors.housing.status").isEqualTo("unavailable")
                .jsonPath("$.components.readModel.details.sectors.housing.reason").isEqualTo("板块答复 HTTP 503")
                .jsonPath("$.components.readModel.details.sectors.land.status").isEqualTo("ok");
        assertThat(lag("land")).isZero();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (lag("housing") < 1 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(lag("housing")).as("seconds since the model last had every change of housing")
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void whenASectorThatAnswersIsStillLoadingThenTheGatewayIsNotReady() {
        model.sync("land").forget(); // as at a first start: nothing loaded yet
        land.changeFeedAnswers(new MockResponse().setHeadersDelay(3, java.util.concurrent.TimeUnit.SECONDS)
                .setResponseCode(503));
        try {
            client.get().uri("/actuator/health/readmodel").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.status").isEqualTo("OUT_OF_SERVICE")
                    .jsonPath("$.components.readModel.details.sectors.land.status").isEqualTo("lagging");
            client.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
        } finally {
            land.changeFeedAnswers(null);
        }
    }

    private double lag(String sector) {
        return meters.get("gongkai.portal.read.model.lag").tag("sector", sector).gauge().value();
    }
}

package org.gongkai.gateway.support;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.gongkai.gateway.portal.SectorClients;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Two fake sectors (land, housing) behind the portal; one application context shared by the portal tests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.cloud.config.enabled=false", "gongkai.rate-limit.enabled=false",
                "gongkai.portal.merge-cache-for=0s"})
@AutoConfigureWebTestClient
public abstract class PortalTestBase {

    protected static final Duration HOUSING_TIMEOUT = Duration.ofMillis(500);

    // live for the whole JVM: the cached context keeps pointing at them
    protected static final FakeSector land = new FakeSector("land");
    protected static final FakeSector housing = new FakeSector("housing");

    @DynamicPropertySource
    static void sectors(DynamicPropertyRegistry registry) {
        registry.add("gongkai.portal.sectors[0].name", () -> "land");
        registry.add("gongkai.portal.sectors[0].title", () -> "土地征收");
        registry.add("gongkai.portal.sectors[0].url", land::url);
        registry.add("gongkai.portal.sectors[0].timeout", () -> "2s");
        registry.add("gongkai.portal.sectors[1].name", () -> "housing");
        registry.add("gongkai.portal.sectors[1].url", housing::url);
        registry.add("gongkai.portal.sectors[1].timeout", () -> HOUSING_TIMEOUT.toMillis() + "ms");
    }

    @Autowired
    protected WebTestClient client;

    @Autowired
    protected CircuitBreakerRegistry breakers;

    @Autowired
    protected SectorClients clients;

    @BeforeEach
    protected void resetSectors() {
        land.reset();
        housing.reset();
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        clients.forgetLastGood();
    }
}

package org.gongkai.gateway.support;

import org.gongkai.gateway.portal.SectorStatus;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.gongkai.gateway.portal.SectorClients;
import org.gongkai.gateway.readmodel.PortalReadModel;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two fake sectors (land, housing) behind the portal; one application context shared by the portal tests. Every
 * change a fake sector makes waits until the gateway's read model has it, so a test reads what it just published.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.cloud.config.enabled=false", "gongkai.rate-limit.enabled=false",
                "gongkai.portal.read-model.retry-max=300ms"})
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

    @Autowired
    protected PortalReadModel model;

    @BeforeEach
    protected void resetSectors() {
        for (FakeSector sector : new FakeSector[] {land, housing}) {
            sector.afterChange(this::awaitModel);
            sector.reset();
            awaitModel(sector);
        }
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        clients.forgetLastGood();
    }

    /** Waits until the read model has followed {@code sector} up to its newest change. */
    protected void awaitModel(FakeSector sector) {
        ReadModelWait.until(model, sector);
    }

    /** Waits (up to 10 s) until the read model names {@code sector} with {@code status}. */
    protected SectorStatus awaitStatus(String sector, String status) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!model.status(sector).status().equals(status)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(sector + " did not become " + status);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        return model.status(sector);
    }
}

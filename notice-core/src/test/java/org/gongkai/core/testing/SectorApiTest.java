package org.gongkai.core.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The set-up a sector's HTTP test shares: the test client, the movable clock set to the test's starting moment
 * before each test, and the sector's API helper made afresh. A test class extends it, names its helper and
 * starting moment in its constructor, and keeps its own annotation ({@code @SectorIntegrationTest} or the fixture's).
 */
public abstract class SectorApiTest<A extends NoticeApi> {

    @Autowired
    protected WebTestClient web;
    @Autowired
    protected MovableClock clock;
    protected A api;

    private final Function<WebTestClient, A> helper;
    private final LocalDate day;
    private final LocalTime time;

    protected SectorApiTest(Function<WebTestClient, A> helper, LocalDate day, LocalTime time) {
        this.helper = helper;
        this.day = day;
        this.time = time;
    }

    @BeforeEach
    void setClockAndApi() {
        clock.set(day, time);
        api = helper.apply(web);
    }
}

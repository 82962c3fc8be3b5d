package org.gongkai.core.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/**
 * A sector service started whole over HTTP on a random port, on the in-memory embedded store, reading its
 * catalogue and calendars straight from config/repo (no config server), with a movable clock and objection
 * limits out of the way.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.config.enabled=false",
        "spring.config.import=classpath:gongkai-defaults.yml,file:../config/repo/application.yml,"
                + "file:../config/repo/application-dev.yml,"
                + "classpath:sector-test.yml",
        "gongkai.calendar.location=file:../config/repo/calendars/",
        "gongkai.store.embedded=memory",
        // many tests file objections from the one test client within one clock hour; ObjectionLimitsTest sets
        // the real limits with @TestPropertySource, which takes precedence
        "gongkai.objections.per-client-per-hour=100000", "gongkai.objections.per-notice-per-hour=100000",
        "logging.file.name=target/test.log"})
@AutoConfigureWebTestClient
@Import(SectorTestConfiguration.class)
public @interface SectorIntegrationTest {
}

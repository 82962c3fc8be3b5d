package org.gongkai.gateway.web;

import org.gongkai.gateway.stats.PortalStatsTest;
import org.gongkai.gateway.support.PortalTestBase;

import org.gongkai.gateway.support.FakeSector;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

/** The gateway's own answers carry the usual security headers; HSTS only over TLS. */
class SecurityHeadersTest extends PortalTestBase {

    @Test
    void portalJsonCarriesTheHeadersAndALockedDownPolicy() {
        land.on("/api/land/public/stats", FakeSector.json(PortalStatsTest.landStats()));
        housing.on("/api/housing/public/stats", FakeSector.json(PortalStatsTest.housingStats()));

        client.get().uri("/api/portal/stats").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void errorsAndSwaggerUiCarryThemToo() {
        client.get().uri("/api/portal/stats?regionDigits=7").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
        client.get().uri("/swagger-ui/index.html").exchange()
                .expectStatus().isOk()
                .expectHeader().value("Content-Security-Policy", policy -> org.assertj.core.api.Assertions
                        .assertThat(policy).contains("script-src 'self'").contains("frame-ancestors 'none'"));
    }

    @Test
    void overTlsStrictTransportSecurityIsAdded() {
        HttpHeaders headers = new HttpHeaders();
        org.gongkai.gateway.web.SecurityHeadersFilter.apply(
                MockServerHttpRequest.get("https://gongkai.example/api/portal/feed").build(), headers);
        org.assertj.core.api.Assertions.assertThat(headers.getFirst("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000; includeSubDomains");
    }
}

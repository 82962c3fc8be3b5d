package org.gongkai.gateway.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A county's own frontend on another origin may call the public API from the browser; nothing else may. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.cloud.config.enabled=false", "gongkai.rate-limit.enabled=false",
                "gongkai.cors.allowed-origins=https://gongkai.county.example.gov.cn"})
@AutoConfigureWebTestClient
class CorsTest {

    static final String COUNTY = "https://gongkai.county.example.gov.cn";

    @Autowired
    WebTestClient client;

    @Test
    void whenTheCountysFrontendAsksThenThePortalAnswersItsOrigin() {
        client.options().uri("/api/portal/feed")
                .header(HttpHeaders.ORIGIN, COUNTY)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, COUNTY)
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600")
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);

        client.get().uri("/api/portal/feed").header(HttpHeaders.ORIGIN, COUNTY).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, COUNTY)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed -> org.assertj.core.api.Assertions.assertThat(exposed).contains("ETag"));
    }

    @Test
    void whenTheFrontendFilesAnObjectionThenThePreflightAllowsThePost() {
        client.options().uri("/api/land/public/notices/land:1/objections")
                .header(HttpHeaders.ORIGIN, COUNTY)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Content-Type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, COUNTY);
    }

    @Test
    void whenAnotherOriginAsksThenItIsRefused() {
        client.get().uri("/api/portal/feed").header(HttpHeaders.ORIGIN, "https://elsewhere.example").exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void whenAFrontendAsksForAStaffEndpointThenNoCorsAnswerLetsItThrough() {
        client.method(HttpMethod.OPTIONS).uri("/api/land/notices")
                .header(HttpHeaders.ORIGIN, COUNTY)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization")
                .exchange()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }
}

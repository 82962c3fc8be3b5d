package org.gongkai.config.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Nothing the server holds is read without the client account; only the health probe is anonymous. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.config.server.native.search-locations=file:./repo/",
        "gongkai.config-server.user=" + ConfigServerSecurityTest.USER,
        "gongkai.config-server.password=" + ConfigServerSecurityTest.PASSWORD})
@AutoConfigureRestTestClient
class ConfigServerSecurityTest {

    static final String USER = "test-client";
    static final String PASSWORD = "test-password-not-the-development-one";

    @Autowired
    RestTestClient anonymous;

    @ParameterizedTest
    @ValueSource(strings = {"/application/default", "/application/dev", "/land/prod", "/application/prod",
            "/gateway/default", "/application/default/main/calendars/2026.json", "/actuator/env"})
    void anAnonymousRequestIsRefusedAskingForTheAccount(String path) {
        anonymous.get().uri(path)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueMatches("WWW-Authenticate", "Basic realm=\"gongkai-config\".*")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(String.class,
                        detail -> assertThat(detail).contains("CONFIG_SERVER_PASSWORD"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/application/default", "/land/prod", "/application/prod",
            "/application/default/main/calendars/2026.json"})
    void withTheAccountTheConfigurationIsServed(String path) {
        anonymous.get().uri(path)
                .headers(headers -> headers.setBasicAuth(USER, PASSWORD))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void aWrongPasswordOrTheDevelopmentPasswordIsRefused() {
        anonymous.get().uri("/application/prod")
                .headers(headers -> headers.setBasicAuth(USER, PASSWORD + "x"))
                .exchange()
                .expectStatus().isUnauthorized();
        anonymous.get().uri("/application/prod")
                .headers(headers -> headers.setBasicAuth(USER, ClientCredentials.DEVELOPMENT_PASSWORD))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void theHealthProbeIsAnonymousAndTellsNothingElse() {
        anonymous.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components").doesNotExist();
    }

    @Test
    void theActuatorOffersHealthAndNothingElse() {
        Map<String, Object> links = anonymous.get().uri("/actuator")
                .headers(headers -> headers.setBasicAuth(USER, PASSWORD))
                .exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<Map<String, Map<String, Object>>>() {
                })
                .getResponseBody().get("_links");

        // env, configprops and the like would show what the account protects
        assertThat(links).containsKey("health");
        assertThat(links.keySet()).allMatch(name -> name.equals("self") || name.startsWith("health"));
    }
}

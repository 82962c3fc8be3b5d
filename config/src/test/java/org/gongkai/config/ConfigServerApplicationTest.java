package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Serves the real config/repo/ (the test's working directory is config/), to the client account. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.config.server.native.search-locations=file:./repo/",
        "gongkai.config-server.user=" + ConfigServerApplicationTest.USER,
        "gongkai.config-server.password=" + ConfigServerApplicationTest.PASSWORD})
@AutoConfigureRestTestClient
class ConfigServerApplicationTest {

    static final String USER = "test-client";
    static final String PASSWORD = "test-password-not-the-development-one";

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    RestTestClient client;

    @Autowired
    void signIn(RestTestClient anonymous) {
        client = anonymous.mutate().defaultHeaders(headers -> headers.setBasicAuth(USER, PASSWORD)).build();
    }

    @Test
    void landAcquisitionGetsItsOwnFileAndTheSharedApplicationFile() {
        List<String> names = propertySourceNames("/land/default");

        assertThat(names).anyMatch(name -> name.contains("repo/land.yml"));
        assertThat(names).anyMatch(name -> name.contains("repo/application.yml"));
        assertThat(names.indexOf(nameContaining(names, "land.yml")))
                .as("the service's own file overrides the shared one")
                .isLessThan(names.indexOf(nameContaining(names, "application.yml")));
    }

    @Test
    void gatewayGetsItsSectorListFromWhichItsRoutesAreMade() {
        Map<String, Object> gateway = propertySource("/gateway/default", "repo/gateway.yml");

        assertThat(gateway)
                .containsEntry("gongkai.portal.sectors[0].name", "land")
                .containsEntry("gongkai.portal.sectors[4].name", "procurement")
                .containsKey("spring.cloud.gateway.server.webflux.httpclient.connect-timeout")
                .containsKey("spring.cloud.gateway.server.webflux.httpclient.response-timeout");
        assertThat(gateway.keySet()).noneMatch(key -> key.startsWith("spring.cloud.gateway.server.webflux.routes"));
        // placeholders stay unresolved on the server: each client resolves LAND_URL in its own environment
        assertThat(gateway.get("gongkai.portal.sectors[0].url")).isEqualTo("${LAND_URL:http://localhost:8081}");
    }

    @Test
    void calendarIsServedAsPlainTextUnderALabel() throws Exception {
        String expected = Files.readString(Path.of("repo/calendars/2026.json"), StandardCharsets.UTF_8);

        String body = client.get().uri("/application/default/main/calendars/2026.json")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseBody();

        assertThat(body).isEqualTo(expected);
    }

    @Test
    void calendarIsServedAsPlainTextUnderTheDefaultLabel() throws Exception {
        String expected = Files.readString(Path.of("repo/calendars/2026.json"), StandardCharsets.UTF_8);

        String body = client.get().uri("/application/default/calendars/2026.json?useDefaultLabel")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseBody();

        assertThat(body).isEqualTo(expected);
    }

    @Test
    void missingPlainTextFileIsNotFound() {
        client.get().uri("/application/default/main/calendars/1999.json")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void healthIsUp() {
        client.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @SuppressWarnings("unchecked")
    private List<String> propertySourceNames(String path) {
        return propertySources(path).stream().map(source -> (String) source.get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> propertySource(String path, String file) {
        return propertySources(path).stream()
                .filter(source -> ((String) source.get("name")).contains(file))
                .map(source -> (Map<String, Object>) source.get("source"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no property source from " + file));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> propertySources(String path) {
        Map<String, Object> environment = client.get().uri(path)
                .exchange()
                .expectStatus().isOk()
                .returnResult(JSON).getResponseBody();
        return (List<Map<String, Object>>) environment.get("propertySources");
    }

    private static String nameContaining(List<String> names, String file) {
        return names.stream().filter(name -> name.contains(file)).findFirst().orElseThrow();
    }
}

package org.gongkai.config.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Under {@code prod}, the configuration of every application in config/repo names its secrets without holding
 * them: a property named like a key, secret, password or token is served only as a placeholder each service
 * resolves from its own environment (no literal default), or sealed as {@code {cipher}…}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.config.server.native.search-locations=file:./repo/",
        "gongkai.config-server.user=" + ConfigServerSecurityTest.USER,
        "gongkai.config-server.password=" + ConfigServerSecurityTest.PASSWORD})
@AutoConfigureRestTestClient
class ProductionProfileSecretsTest {

    private static final Path REPO = Path.of("repo");
    private static final Pattern SECRET_NAME = Pattern.compile("key|secret|password|token", Pattern.CASE_INSENSITIVE);
    /** A catalogue field's identifier ({@code key: idNumber} of a payload element or roster column) names data. */
    private static final Pattern FIELD_IDENTIFIER =
            Pattern.compile("gongkai\\.catalog\\..*\\.(elements|columns)\\[\\d+]\\.key");
    private static final Pattern PROPERTY_NAME = Pattern.compile("[A-Za-z0-9_.\\-\\[\\]]+");
    private static final String DEVELOPMENT_SIGNING_KEY = "gongkai-local-development-signing-key-not-for-production";
    private static final String DEVELOPMENT_PRIVACY_KEY = "vMvf20Mf5Mc7J1x8R9NfsyM2agNZdQ4j7LavfFOSuoI=";

    @Autowired
    RestTestClient anonymous;

    /** Every application config/repo has a file for (a profile's file, {@code <app>-<profile>.yml}, is not one). */
    static Stream<String> applications() throws IOException {
        Set<String> stems = new TreeSet<>();
        try (Stream<Path> files = Files.list(REPO)) {
            files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .filter(name -> name.matches(".+\\.(yml|yaml|properties)"))
                    .map(name -> name.substring(0, name.lastIndexOf('.')))
                    .forEach(stems::add);
        }
        List<String> applications = new ArrayList<>(stems.stream()
                .filter(stem -> stems.stream().noneMatch(other -> stem.startsWith(other + "-")))
                .toList());
        applications.add("an-application-with-no-file");
        return applications.stream();
    }

    @Test
    void theWalkSeesEveryApplication() throws IOException {
        assertThat(applications()).contains("application", "gateway", "land", "housing", "relief",
                "education", "procurement").doesNotContain("application-dev");
    }

    @ParameterizedTest
    @MethodSource("applications")
    void underProdNoPropertyNamedLikeASecretIsServedInClear(String application) {
        List<Map<String, Object>> sources = propertySources("/" + application + "/prod");

        assertThat(sources).as("what %s reads under prod", application).isNotEmpty();
        assertThat(secretsInClear(sources)).as("served in clear to %s under prod", application).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("applications")
    void underProdNoApplicationInheritsTheDevelopmentKeys(String application) {
        List<Map<String, Object>> sources = propertySources("/" + application + "/prod");

        assertThat(sources).extracting(source -> (String) source.get("name")).noneMatch(name -> name.contains("-dev"));
        assertThat(sources.toString()).doesNotContain(DEVELOPMENT_SIGNING_KEY, DEVELOPMENT_PRIVACY_KEY);
    }

    /** The walk would see a key served in clear: the dev profile serves its public development keys so. */
    @Test
    void theDevelopmentProfileServesTheDevelopmentKeysAndTheWalkSeesThem() {
        List<Map<String, Object>> sources = propertySources("/land/dev");

        assertThat(secretsInClear(sources))
                .contains("gongkai.security.dev-signing-key", "gongkai.privacy.encryption-key");
        assertThat(sources.toString()).contains(DEVELOPMENT_SIGNING_KEY, DEVELOPMENT_PRIVACY_KEY);
    }

    @Test
    void aPlaceholderWithALiteralDefaultIsInClearButAReferenceOrACipherIsNot() {
        assertThat(servedInClear("${PRIVACY_KEY}")).isFalse();
        assertThat(servedInClear("${PRIVACY_KEY:}")).isFalse();
        assertThat(servedInClear("${spring.cloud.config.password:${CONFIG_SERVER_PASSWORD:}}")).isFalse();
        assertThat(servedInClear("{cipher}AQB3f…")).isFalse();
        assertThat(servedInClear("${PRIVACY_KEY:" + DEVELOPMENT_PRIVACY_KEY + "}")).isTrue();
        assertThat(servedInClear("prefix-${PRIVACY_KEY}")).isTrue();
        assertThat(servedInClear(DEVELOPMENT_SIGNING_KEY)).isTrue();
    }

    private static List<String> secretsInClear(List<Map<String, Object>> sources) {
        List<String> clear = new ArrayList<>();
        for (Map<String, Object> source : sources) {
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = (Map<String, Object>) source.get("source");
            properties.forEach((name, value) -> {
                if (namedLikeASecret(name) && servedInClear(value)) {
                    clear.add(name);
                }
            });
        }
        return clear;
    }

    private static boolean namedLikeASecret(String name) {
        return SECRET_NAME.matcher(name).find() && !FIELD_IDENTIFIER.matcher(name).matches();
    }

    private static boolean servedInClear(Object value) {
        if (value == null || value instanceof String text && text.isEmpty()) {
            return false;
        }
        if (!(value instanceof String text)) {
            return true;
        }
        return !text.startsWith("{cipher}") && !isReference(text);
    }

    /** {@code ${NAME}}, or {@code ${NAME:}} or {@code ${NAME:<another reference>}}: nothing literal to read. */
    private static boolean isReference(String text) {
        if (!text.startsWith("${") || !text.endsWith("}")) {
            return false;
        }
        String inner = text.substring(2, text.length() - 1);
        int colon = inner.indexOf(':');
        if (colon < 0) {
            return PROPERTY_NAME.matcher(inner).matches();
        }
        String fallback = inner.substring(colon + 1);
        return PROPERTY_NAME.matcher(inner.substring(0, colon)).matches()
                && (fallback.isEmpty() || isReference(fallback));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> propertySources(String path) {
        Map<String, Object> environment = anonymous.get().uri(path)
                .headers(headers -> headers.setBasicAuth(ConfigServerSecurityTest.USER, ConfigServerSecurityTest.PASSWORD))
                .exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<Map<String, Object>>() {
                })
                .getResponseBody();
        return (List<Map<String, Object>>) environment.get("propertySources");
    }
}

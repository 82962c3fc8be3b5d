package org.gongkai.core.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.core.privacy.FieldCipher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** What a sector needs to run under prod: every secret its own, from the environment, and none of the public ones. */
class ProductionSecretsTest {

    private static MockEnvironment production() {
        return new MockEnvironment()
                .withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri",
                        "https://id.longsha.gov.cn/realms/gongkai")
                .withProperty("gongkai.privacy.encryption-key", FieldCipher.newKey())
                .withProperty("spring.cloud.config.password", "a-long-production-password");
    }

    @Test
    void realSecretsFromTheEnvironmentPass() {
        assertThat(ProductionSecrets.problems(production())).isEmpty();
    }

    @Test
    void withNothingSetEveryMissingVariableIsNamedAtOnce() {
        assertThat(ProductionSecrets.problems(new MockEnvironment()))
                .hasSize(3)
                .anyMatch(problem -> problem.contains("OIDC_ISSUER_URI"))
                .anyMatch(problem -> problem.contains("PRIVACY_KEY"))
                .anyMatch(problem -> problem.contains("CONFIG_SERVER_PASSWORD"));
    }

    @Test
    void theDevelopmentSigningKeyIsRefused() {
        MockEnvironment environment = production()
                .withProperty("gongkai.security.dev-signing-key", ProductionSecrets.DEVELOPMENT_SIGNING_KEY);

        assertThat(ProductionSecrets.problems(environment)).singleElement().asString()
                .contains("gongkai.security.dev-signing-key", "公开的开发密钥", "OIDC_ISSUER_URI");
    }

    @Test
    void anyOtherSigningKeyIsRefusedToo() {
        MockEnvironment environment = production()
                .withProperty("gongkai.security.dev-signing-key", "some-other-long-hs256-key-from-an-operator");

        assertThat(ProductionSecrets.problems(environment)).singleElement().asString()
                .contains("gongkai.security.dev-signing-key").doesNotContain("公开的开发密钥");
    }

    @Test
    void theDevelopmentPrivacyKeyIsRefused() {
        MockEnvironment environment = production()
                .withProperty("gongkai.privacy.encryption-key", ProductionSecrets.DEVELOPMENT_PRIVACY_KEY);

        assertThat(ProductionSecrets.problems(environment))
                .containsExactly("PRIVACY_KEY 是公开的开发密钥，prod 环境不能使用：请设置新生成的密钥");
    }

    @Test
    void aShortOrMalformedPrivacyKeyIsRefused() {
        assertThat(ProductionSecrets.problems(production()
                .withProperty("gongkai.privacy.encryption-key", "c2hvcnQta2V5")))
                .singleElement().asString().contains("PRIVACY_KEY 无效", "32字节", "实为9字节");
        assertThat(ProductionSecrets.problems(production()
                .withProperty("gongkai.privacy.encryption-key", "not base64 at all!")))
                .singleElement().asString().contains("PRIVACY_KEY 无效", "Base64");
    }

    @Test
    void theDevelopmentOrAShortConfigServerPasswordIsRefused() {
        assertThat(ProductionSecrets.problems(production()
                .withProperty("spring.cloud.config.password", ProductionSecrets.DEVELOPMENT_CONFIG_PASSWORD)))
                .containsExactly("CONFIG_SERVER_PASSWORD 是公开的开发密码，prod 环境不能使用");
        assertThat(ProductionSecrets.problems(production()
                .withProperty("spring.cloud.config.password", "short-secret")))
                .singleElement().asString().contains("CONFIG_SERVER_PASSWORD 过短");
    }

    @Test
    void withoutAConfigServerNoPasswordIsNeeded() {
        MockEnvironment environment = production().withProperty("spring.cloud.config.enabled", "false")
                .withProperty("spring.cloud.config.password", "");

        assertThat(ProductionSecrets.problems(environment)).isEmpty();
    }

    /** The refused values are the ones the repository publishes for development, so renaming one keeps it refused. */
    @Test
    void theRefusedValuesAreTheOnesTheRepositoryPublishes() throws IOException {
        String devProfile = Files.readString(Path.of("../config/repo/application-dev.yml"));
        String configServer = Files.readString(Path.of("../config/src/main/resources/application.yml"));
        String gateway = Files.readString(Path.of("../gateway/src/main/resources/application.yml"));
        String sectorDefaults;
        try (InputStream in = getClass().getResourceAsStream("/gongkai-defaults.yml")) {
            sectorDefaults = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(devProfile).contains("dev-signing-key: " + ProductionSecrets.DEVELOPMENT_SIGNING_KEY)
                .contains("encryption-key: " + ProductionSecrets.DEVELOPMENT_PRIVACY_KEY);
        assertThat(configServer).contains("${CONFIG_SERVER_PASSWORD:" + ProductionSecrets.DEVELOPMENT_CONFIG_PASSWORD + "}");
        assertThat(gateway).contains("${CONFIG_SERVER_PASSWORD:" + ProductionSecrets.DEVELOPMENT_CONFIG_PASSWORD + "}");
        assertThat(sectorDefaults)
                .contains("${CONFIG_SERVER_PASSWORD:" + ProductionSecrets.DEVELOPMENT_CONFIG_PASSWORD + "}");
    }
}

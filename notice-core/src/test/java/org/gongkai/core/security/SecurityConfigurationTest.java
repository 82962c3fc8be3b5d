package org.gongkai.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SecurityConfigurationTest {

    static final String DEV_KEY = "gongkai-local-development-signing-key-not-for-production";

    @Test
    void theProductionProfileRefusesToStartWithTheDevelopmentKey() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new SecurityConfiguration().jwtDecoder(new SecurityProperties(DEV_KEY), prod))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prod");
    }

    @Test
    void withoutAnyVerificationConfiguredTheServiceRefusesToStart() {
        assertThatThrownBy(() -> new SecurityConfiguration().jwtDecoder(new SecurityProperties(""),
                new MockEnvironment())).isInstanceOf(IllegalStateException.class).hasMessageContaining("issuer-uri");
    }

    @Test
    void aShortDevelopmentKeyIsRefused() {
        assertThatThrownBy(() -> new SecurityConfiguration().jwtDecoder(new SecurityProperties("short"),
                new MockEnvironment())).isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }

    @Test
    void locallyTheDevelopmentKeyVerifiesTokens() {
        assertThat(new SecurityConfiguration().jwtDecoder(new SecurityProperties(DEV_KEY), new MockEnvironment()))
                .isNotNull();
    }
}

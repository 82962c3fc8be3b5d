package org.gongkai.core.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code devSigningKey}: an HS256 key (at least 32 characters) for local runs and tests only; the {@code prod}
 * profile refuses to start with it and verifies tokens from the identity provider (Keycloak) instead.
 */
@ConfigurationProperties("gongkai.security")
record SecurityProperties(String devSigningKey) {

    public boolean devKeyEnabled() {
        return devSigningKey != null && !devSigningKey.isBlank();
    }
}

package org.gongkai.core.security;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoders;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Public reads and objections are anonymous; every other call needs a JWT. Which token is good is decided here
 * once: the development key locally, the identity provider's keys in production.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemAuthenticationHandlers handlers) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .authorizeExchange(ex -> ex
                        .pathMatchers(HttpMethod.GET, "/api/*/public/**").permitAll()
                        .pathMatchers(HttpMethod.HEAD, "/api/*/public/**").permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/*/public/notices/*/objections").permitAll()
                        .pathMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyExchange().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .oauth2ResourceServer(o -> o.jwt(jwt -> { }).authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .build();
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties properties, Environment environment) {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        if (properties.devKeyEnabled()) {
            if (production) {
                throw new IllegalStateException("gongkai.security.dev-signing-key must not be set in the prod profile");
            }
            byte[] key = properties.devSigningKey().getBytes(StandardCharsets.UTF_8);
            if (key.length < 32) {
                throw new IllegalStateException("gongkai.security.dev-signing-key needs at least 32 bytes for HS256");
            }
            return NimbusReactiveJwtDecoder.withSecretKey(new SecretKeySpec(key, "HmacSHA256"))
                    .macAlgorithm(MacAlgorithm.HS256).build();
        }
        String issuerUri = environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
        if (issuerUri == null || issuerUri.isBlank()) {
            throw new IllegalStateException("No token verification configured: set "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri (production) or "
                    + "gongkai.security.dev-signing-key (local runs only)");
        }
        return ReactiveJwtDecoders.fromIssuerLocation(issuerUri);
    }
}

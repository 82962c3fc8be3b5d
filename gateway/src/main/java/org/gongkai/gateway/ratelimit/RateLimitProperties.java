package org.gongkai.gateway.ratelimit;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Per-client limits on anonymous requests: each client address may make {@code requests} requests per
 * {@code period} to {@code /api/**}. {@code trustForwardedFor} takes the client address from X-Forwarded-For (only
 * behind a proxy that sets it); {@code maxClients} bounds the memory the limiters take.
 */
@Validated
@ConfigurationProperties("gongkai.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @Min(1) @DefaultValue("50") int requests,
        @NotNull @DefaultValue("1s") Duration period,
        @DefaultValue("false") boolean trustForwardedFor,
        @Min(1) @DefaultValue("100000") int maxClients) {
}

package org.gongkai.gateway.portal;

import org.gongkai.api.Sectors;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sectors the portal gathers from, one entry each (config/repo/gateway.yml). A sector's {@code name} is the
 * path segment of its API ({@code /api/land/…}) and the prefix of its global ids ({@code land:…}).
 *
 * @param staleFor      how long a sector's last good answer may stand in for it when it fails (marked stale)
 * @param maxAge        Cache-Control max-age of complete portal answers (partial ones say no-cache)
 * @param tagAuthority  the authority and date of Atom entry ids ({@code tag:<tagAuthority>:…}, RFC 4151)
 */
@Validated
@ConfigurationProperties("gongkai.portal")
public record PortalProperties(
        @Valid List<Sector> sectors,
        @NotNull @DefaultValue("1h") Duration staleFor,
        @NotNull @DefaultValue("5s") Duration maxAge,
        @NotBlank @DefaultValue("gongkai.example,2026") String tagAuthority) {

    public PortalProperties {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        Set<String> seen = new HashSet<>();
        for (Sector sector : sectors) {
            if (sector != null && sector.name() != null && !seen.add(sector.name())) {
                throw new IllegalArgumentException("gongkai.portal.sectors lists '" + sector.name() + "' twice");
            }
        }
    }

    /**
     * @param title              Chinese display name used in messages; defaults to {@code name}
     * @param timeout            the whole call, response included; also the HTTP client's response timeout
     * @param connectTimeout     TCP connect timeout; defaults to 1 s
     * @param maxConcurrentCalls the bulkhead: portal calls in flight to this sector at once (default 64); one more
     *                           is refused at once rather than queued behind a slow sector
     */
    public record Sector(
            @NotBlank @Pattern(regexp = Sectors.NAME_PATTERN) String name,
            String title,
            @NotNull URI url,
            @NotNull Duration timeout,
            Duration connectTimeout,
            @Min(1) Integer maxConcurrentCalls) {

        public Sector {
            title = title == null || title.isBlank() ? name : title;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
            maxConcurrentCalls = maxConcurrentCalls == null ? 64 : maxConcurrentCalls;
        }
    }
}

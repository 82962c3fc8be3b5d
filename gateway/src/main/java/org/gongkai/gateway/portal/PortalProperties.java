package org.gongkai.gateway.portal;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The sectors the portal gathers from, one entry each (config/repo/gateway.yml). A sector's {@code name} is the
 * path segment of its API ({@code /api/land/…}) and the prefix of its global ids ({@code land:…}).
 */
@Validated
@ConfigurationProperties("gongkai.portal")
public record PortalProperties(@Valid List<Sector> sectors) {

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
     * @param title          Chinese display name used in messages; defaults to {@code name}
     * @param timeout        the whole call, response included; also the HTTP client's response timeout
     * @param connectTimeout TCP connect timeout; defaults to 1 s
     */
    public record Sector(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]*") String name,
            String title,
            @NotNull URI url,
            @NotNull Duration timeout,
            Duration connectTimeout) {

        public Sector {
            title = title == null || title.isBlank() ? name : title;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        }
    }
}

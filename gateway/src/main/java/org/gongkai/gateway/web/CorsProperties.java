package org.gongkai.gateway.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which other web origins may call the public API from a browser (a county running its own frontend), e.g.
 * {@code https://gongkai.longsha.gov.cn}. None by default: the suite's own pages are served from the gateway's origin.
 *
 * @param allowedOrigins exact origins (scheme, host and port), or patterns such as {@code https://*.example.gov.cn}
 * @param maxAge         how long a browser may keep a preflight answer
 */
@ConfigurationProperties("gongkai.cors")
public record CorsProperties(List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}

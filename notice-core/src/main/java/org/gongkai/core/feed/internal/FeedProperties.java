package org.gongkai.core.feed.internal;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the sector's feed read model stays in step with the store when other instances write to it.
 *
 * @param refreshInterval how often to read the notices changed since the last look
 * @param refreshOverlap  how far back each look reaches before the newest change seen, for other instances' clocks
 * @param fullReload      how often to read every notice again, whatever it says it changed
 * @param publicMaxAge    Cache-Control max-age of public feed and statistics answers
 */
@Validated
@ConfigurationProperties("gongkai.feed")
public record FeedProperties(
        @NotNull @DefaultValue("15s") Duration refreshInterval,
        @NotNull @DefaultValue("2m") Duration refreshOverlap,
        @NotNull @DefaultValue("1h") Duration fullReload,
        @NotNull @DefaultValue("5s") Duration publicMaxAge) {
}

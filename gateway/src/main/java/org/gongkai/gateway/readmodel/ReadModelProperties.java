package org.gongkai.gateway.readmodel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The portal's read model: the merged index of every sector's public notices, fed by their change feeds.
 *
 * @param file      where the model is saved (gzip JSON: the notices and each sector's token), so that a restart
 *                  resumes from the tokens instead of reloading every notice over HTTP; none: kept in memory only
 * @param saveEvery how often the file is rewritten when something changed (and always on a clean shutdown)
 * @param pageSize  changes (or snapshot notices) asked for per request
 * @param longPoll  how long a sector may hold a change-feed request open when nothing is new (long poll)
 * @param idleDelay the pause after an empty answer before the next request (a sector that does not hold)
 * @param lagAfter  a sector not heard from for longer than this (beyond {@code long-poll}) is named lagging
 * @param retryMax  the longest pause between attempts to reach a sector that fails
 */
@Validated
@ConfigurationProperties("gongkai.portal.read-model")
public record ReadModelProperties(
        Path file,
        @NotNull @DefaultValue("30s") Duration saveEvery,
        @Min(1) @Max(1000) @DefaultValue("500") int pageSize,
        @NotNull @DefaultValue("10s") Duration longPoll,
        @NotNull @DefaultValue("100ms") Duration idleDelay,
        @NotNull @DefaultValue("5s") Duration lagAfter,
        @NotNull @DefaultValue("5s") Duration retryMax) {
}

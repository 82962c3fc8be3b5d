package org.gongkai.core.feed.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The public change log.
 *
 * @param settleWindow how long a drawn number may stay unwritten before readers fill it as a hole and pass it
 * @param pollInterval how often to look for changes other instances wrote
 * @param memory       how many of the newest changes are kept in memory (older ones are read from the store)
 * @param outboxSweep  how often to take saves whose change was not recorded (their writer died) into the log
 * @param outboxAge    how old such a save must be before the sweep takes it (its writer is still at work before)
 */
@Validated
@ConfigurationProperties("gongkai.feed.changes")
public record ChangeLogProperties(
        @NotNull @DefaultValue("2s") Duration settleWindow,
        @NotNull @DefaultValue("250ms") Duration pollInterval,
        @Min(1000) @Max(1_000_000) @DefaultValue("100000") int memory,
        @NotNull @DefaultValue("1m") Duration outboxSweep,
        @NotNull @DefaultValue("30s") Duration outboxAge) {
}

package org.gongkai.bench;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * BENCHMARK ONLY ({@code bench/run.sh}). {@code seed} &gt; 0 fills an empty store with that many synthetic published
 * notices at start-up and exposes the raw store query the feed no longer makes. Never set it on real data.
 */
@Validated
@ConfigurationProperties("gongkai.bench")
public record BenchProperties(@Min(0) @DefaultValue("0") int seed) {
}

package org.gongkai.bench;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * BENCHMARK ONLY. This module is never a dependency of a service: {@code bench/run.sh} alone puts its jar on a
 * sector's class path (Spring Boot's {@code loader.path}), and even then nothing happens unless
 * {@code gongkai.bench.seed} is above 0.
 */
@AutoConfiguration
@ConditionalOnExpression("${gongkai.bench.seed:0} > 0")
@EnableConfigurationProperties(BenchProperties.class)
@Import({BenchSeeder.class, BenchStoreController.class})
public class BenchAutoConfiguration {
}

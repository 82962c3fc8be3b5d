package org.gongkai.core;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigureOrder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.repository.config.EnableReactiveMongoRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * notice-core in a sector service: the lifecycle, rosters, objections, feed, privacy gate, security and store, from
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}. It comes first, so the
 * embedded store, the security chain and the clock it defines are what Boot's own auto-configuration backs off for.
 * The scan leaves out what {@code @SpringBootApplication}'s does (test configurations among them). A sector's
 * application class scans only its own package ({@link org.gongkai.core.sector.SectorService}).
 */
@AutoConfiguration
@AutoConfigureOrder(Ordered.HIGHEST_PRECEDENCE)
@ComponentScan(basePackageClasses = NoticeCoreAutoConfiguration.class, excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
@ConfigurationPropertiesScan(basePackageClasses = NoticeCoreAutoConfiguration.class)
@EnableReactiveMongoRepositories(basePackageClasses = NoticeCoreAutoConfiguration.class)
@EnableScheduling
public class NoticeCoreAutoConfiguration {
}

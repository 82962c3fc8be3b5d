package org.gongkai.core.sector;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.data.mongodb.repository.config.EnableReactiveMongoRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Marks a sector service's application class: it picks up everything in notice-core and the sector's own
 * package (all under {@code org.gongkai}), so a new sector needs nothing but its types, rules and config.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootApplication(scanBasePackages = "org.gongkai")
@ConfigurationPropertiesScan("org.gongkai")
@EnableReactiveMongoRepositories("org.gongkai")
@EnableScheduling
public @interface SectorService {
}

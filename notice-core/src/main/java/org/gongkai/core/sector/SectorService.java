package org.gongkai.core.sector;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Marks a sector service's application class: a Spring Boot application that scans its own package for its types,
 * rules, controllers and properties. notice-core joins it as an auto-configuration
 * ({@link org.gongkai.core.NoticeCoreAutoConfiguration}), so a new sector needs nothing but its own code and config.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootApplication
@ConfigurationPropertiesScan
public @interface SectorService {
}

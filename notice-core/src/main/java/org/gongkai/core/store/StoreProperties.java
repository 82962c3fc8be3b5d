package org.gongkai.core.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded store used when no {@code spring.mongodb.uri} is configured: {@code file} persists to
 * {@code dataDir/<database>.mv} so a restart loses nothing; {@code memory} is for tests.
 */
@ConfigurationProperties("gongkai.store")
record StoreProperties(@DefaultValue("file") Mode embedded, @DefaultValue("data") String dataDir,
        @DefaultValue("gongkai") String database) {

    public enum Mode { FILE, MEMORY }
}

package org.gongkai.core.store;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no MongoDB URI, start mongo-java-server in-process on a free loopback port and point the driver at it.
 * It has no transactions, text index or TTL: the code stays within what both it and MongoDB do (STACK.md).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMongoUriCondition.class)
class EmbeddedStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreConfiguration.class);

    @Bean(destroyMethod = "shutdownNow")
    MongoServer embeddedMongoServer(StoreProperties properties) {
        MongoServer server = new MongoServer(backend(properties));
        server.bind("127.0.0.1", 0);
        log.info("embedded store ({}) listening on {}", properties.embedded(), server.getLocalAddress());
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server, StoreProperties properties) {
        InetSocketAddress address = server.getLocalAddress();
        ConnectionString uri = new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()
                + "/" + properties.database());
        return () -> uri;
    }

    private static MongoBackend backend(StoreProperties properties) {
        if (properties.embedded() == StoreProperties.Mode.MEMORY) {
            return new MemoryBackend();
        }
        try {
            Path dir = Path.of(properties.dataDir());
            Files.createDirectories(dir);
            return new DurableH2Backend(dir.resolve(properties.database() + ".mv").toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the embedded store directory " + properties.dataDir(), e);
        }
    }
}

package com.safetycredit.ledger.server.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.server.mongo.EmbeddedMongo;
import com.safetycredit.ledger.server.mongo.MongoClientFactory;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The ledger's MongoDB: the one named by {@code LEDGER_MONGO_URI} (or {@code spring.data.mongodb.uri}), or else
 * an embedded one keeping its data in {@code ledger.embedded.data-dir}.
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);

    /**
     * The embedded MongoDB, present only when no URI is configured. Closed after the client and everything
     * else that uses it, since Spring destroys dependents first.
     */
    public record Embedded(Optional<EmbeddedMongo> mongo) implements AutoCloseable {
        public void flush() {
            mongo.ifPresent(EmbeddedMongo::flush);
        }

        @Override
        public void close() {
            mongo.ifPresent(EmbeddedMongo::close);
        }
    }

    @Bean
    Embedded embeddedMongo(LedgerProperties properties, Environment environment) {
        if (configuredUri(properties, environment).isPresent()) {
            return new Embedded(Optional.empty());
        }
        LedgerProperties.Embedded embedded = properties.embedded();
        return new Embedded(Optional.of(
                embedded.inMemory()
                        ? EmbeddedMongo.inMemory()
                        : EmbeddedMongo.onDisk(embedded.dataDir(), embedded.port())));
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(LedgerProperties properties, Environment environment, Embedded embedded) {
        if (embedded.mongo().isPresent()) {
            return embedded.mongo().get().client(); // with the client certificate that unlocks it
        }
        log.info("Using the MongoDB at the configured URI; no embedded MongoDB is started");
        return MongoClientFactory.create(configuredUri(properties, environment).orElseThrow());
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, LedgerProperties properties) {
        return client.getDatabase(properties.mongo().database());
    }

    static Optional<String> configuredUri(LedgerProperties properties, Environment environment) {
        String uri = properties.mongo().uri();
        if (uri == null || uri.isBlank()) {
            uri = environment.getProperty("spring.data.mongodb.uri");
        }
        return uri == null || uri.isBlank() ? Optional.empty() : Optional.of(uri);
    }
}

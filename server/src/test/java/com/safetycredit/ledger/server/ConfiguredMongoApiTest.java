package com.safetycredit.ledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.safetycredit.ledger.server.config.MongoConfiguration;
import com.safetycredit.ledger.server.mongo.EmbeddedMongo;
import com.safetycredit.ledger.server.mongo.MongoClientFactory;
import com.safetycredit.ledger.store.LedgerCollections;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** With a MongoDB URI configured, the ledger uses that MongoDB and starts nothing embedded. */
class ConfiguredMongoApiTest {

    @Test
    void aConfiguredUriIsUsedAndNothingEmbeddedIsStarted() {
        try (EmbeddedMongo elsewhere = EmbeddedMongo.inMemory();
                MongoClient inspector = MongoClientFactory.create(elsewhere.connectionString())) {
            for (String property : new String[] {"--ledger.mongo.uri=", "--spring.data.mongodb.uri="}) {
                String database = "configured_" + System.nanoTime();
                try (ConfigurableApplicationContext ledger = new SpringApplicationBuilder(LedgerApplication.class)
                        .run(
                                "--server.port=0",
                                property + elsewhere.connectionString(),
                                "--ledger.mongo.database=" + database,
                                // the test configuration may point ledger.mongo.uri at a real MongoDB
                                property.startsWith("--spring") ? "--ledger.mongo.uri=" : "--ledger.embedded.port=0")) {
                    assertThat(ledger.getBean(MongoConfiguration.Embedded.class).mongo())
                            .isEmpty();
                    Http http = new Http(((WebServerApplicationContext) ledger)
                            .getWebServer()
                            .getPort());
                    assertThat(http.post(
                                            "/api/v1/enterprises",
                                            EnterpriseRegistrationApiTest.registration(
                                                    EnterpriseRegistrationApiTest.PINGHU))
                                    .status())
                            .isEqualTo(201);
                }
                assertThat(inspector
                                .getDatabase(database)
                                .getCollection(LedgerCollections.COMMITS)
                                .countDocuments())
                        .as(property)
                        .isEqualTo(1);
            }
        }
    }
}

package com.safetycredit.ledger.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.safetycredit.ledger.store.testing.TestMongo;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query node still working through a long catch-up batch keeps its segment: its claim, a minute old, is
 * not taken by another node (with Axon's 10 s default it would be). Runs on a real MongoDB when
 * {@code LEDGER_TEST_MONGO_URI} is set.
 */
class TokenClaimTest {

    private static final String PROCESSOR = "profiles";

    private TestMongo mongo;
    private MongoDatabase database;

    @BeforeEach
    void store() {
        mongo = TestMongo.start();
        database = mongo.newConnection();
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aClaimAMinuteOldIsStillTheFirstNodes() {
        claimedByAnotherNodeAMinuteAgo();
        TokenStore thisNode = new AxonConfiguration()
                .tokenStore(
                        database,
                        JacksonSerializer.defaultSerializer(),
                        Duration.ofMinutes(5),
                        new NodeIdentity("this-node"));
        assertThatThrownBy(() -> thisNode.fetchToken(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void aClaimOlderThanTheTimeoutIsTakenOver() {
        claimedByAnotherNodeAMinuteAgo();
        TokenStore thisNode = new AxonConfiguration()
                .tokenStore(
                        database,
                        JacksonSerializer.defaultSerializer(),
                        Duration.ofSeconds(10),
                        new NodeIdentity("this-node"));
        thisNode.fetchToken(PROCESSOR, 0);
        assertThat(database.getCollection("trackingtokens")
                        .find(Filters.eq("processorName", PROCESSOR))
                        .first()
                        .getString("owner"))
                .isNotEqualTo("other-node");
    }

    @Test
    void aRestartedNodeTakesItsOwnClaimBackAtOnce() {
        TokenStore beforeTheCrash = new AxonConfiguration()
                .tokenStore(
                        database,
                        JacksonSerializer.defaultSerializer(),
                        Duration.ofMinutes(5),
                        new NodeIdentity("node-a"));
        beforeTheCrash.initializeTokenSegments(PROCESSOR, 1);
        beforeTheCrash.fetchToken(PROCESSOR, 0); // claimed, and never released: the process was killed
        TokenStore anotherNode = new AxonConfiguration()
                .tokenStore(
                        database,
                        JacksonSerializer.defaultSerializer(),
                        Duration.ofMinutes(5),
                        new NodeIdentity("node-b"));
        assertThatThrownBy(() -> anotherNode.fetchToken(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
        TokenStore afterTheRestart = new AxonConfiguration()
                .tokenStore(
                        database,
                        JacksonSerializer.defaultSerializer(),
                        Duration.ofMinutes(5),
                        NodeIdentity.of("node-a", null, false));
        afterTheRestart.fetchToken(PROCESSOR, 0);
        assertThat(database.getCollection("trackingtokens")
                        .find(Filters.eq("processorName", PROCESSOR))
                        .first()
                        .getString("owner"))
                .isEqualTo("node-a");
    }

    @Test
    void anUnconfiguredIdentityIsKeptInTheDataFolder(@TempDir Path data) {
        NodeIdentity first = NodeIdentity.of("", data, false);
        assertThat(NodeIdentity.of(null, data, false)).isEqualTo(first);
        assertThat(NodeIdentity.of("", data.resolve("other"), false)).isNotEqualTo(first);
        assertThat(NodeIdentity.of("configured", data, false).id()).isEqualTo("configured");
    }

    private void claimedByAnotherNodeAMinuteAgo() {
        TokenStore otherNode = MongoTokenStore.builder()
                .mongoTemplate(
                        DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .serializer(JacksonSerializer.defaultSerializer())
                .nodeId("other-node")
                .build();
        otherNode.initializeTokenSegments(PROCESSOR, 1);
        otherNode.fetchToken(PROCESSOR, 0);
        long updated = database.getCollection("trackingtokens")
                .updateOne(
                        Filters.and(Filters.eq("processorName", PROCESSOR), Filters.eq("owner", "other-node")),
                        Updates.set("timestamp", Instant.now().minusSeconds(60).toEpochMilli()))
                .getModifiedCount();
        assertThat(updated).isEqualTo(1);
    }
}

package com.safetycredit.ledger.shared.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.shared.mongo.EmbeddedMongo;
import com.safetycredit.ledger.shared.mongo.MongoClientFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The MongoDB a storage test runs against: a real one when {@code LEDGER_TEST_MONGO_URI} is set (each test
 * gets a fresh database, dropped afterwards), otherwise an in-process mongo-java-server.
 */
public final class TestMongo implements AutoCloseable {

    public static final String URI_VARIABLE = "LEDGER_TEST_MONGO_URI";

    private final EmbeddedMongo embedded;
    private final String uri;
    private final String databaseName = "ledger_test_" + UUID.randomUUID().toString().replace("-", "");
    private final List<MongoClient> clients = new ArrayList<>();

    private TestMongo(EmbeddedMongo embedded, String uri) {
        this.embedded = embedded;
        this.uri = uri;
    }

    public static TestMongo start() {
        String external = System.getenv(URI_VARIABLE);
        if (external != null && !external.isBlank()) {
            return new TestMongo(null, external);
        }
        EmbeddedMongo embedded = EmbeddedMongo.inMemory();
        return new TestMongo(embedded, embedded.connectionString());
    }

    public static boolean realMongo() {
        String external = System.getenv(URI_VARIABLE);
        return external != null && !external.isBlank();
    }

    public String uri() {
        return uri;
    }

    /** A database reached through a client of its own, as another JVM would reach it. */
    public MongoDatabase newConnection() {
        MongoClient client = MongoClientFactory.create(uri);
        clients.add(client);
        return client.getDatabase(databaseName);
    }

    @Override
    public void close() {
        if (embedded == null && !clients.isEmpty()) {
            clients.get(0).getDatabase(databaseName).drop();
        }
        clients.forEach(MongoClient::close);
        if (embedded != null) {
            embedded.close();
        }
    }
}

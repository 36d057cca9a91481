package com.safetycredit.ledger.store.testing;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.UuidRepresentation;

/**
 * The MongoDB a storage test runs against: a real one when {@code LEDGER_TEST_MONGO_URI} is set (each test
 * gets a fresh database, dropped afterwards), otherwise an in-process mongo-java-server.
 */
public final class TestMongo implements AutoCloseable {

    public static final String URI_VARIABLE = "LEDGER_TEST_MONGO_URI";

    private final MongoServer embedded;
    private final String uri;
    private final String databaseName =
            "ledger_test_" + UUID.randomUUID().toString().replace("-", "");
    private final List<MongoClient> clients = new ArrayList<>();

    private TestMongo(MongoServer embedded, String uri) {
        this.embedded = embedded;
        this.uri = uri;
    }

    public static TestMongo start() {
        String external = System.getenv(URI_VARIABLE);
        if (external != null && !external.isBlank()) {
            return new TestMongo(null, external);
        }
        // no oplog, as the ledger's own embedded store: nothing here uses change streams
        MongoServer embedded = new MongoServer(new MemoryBackend());
        embedded.bind(new InetSocketAddress("127.0.0.1", 0));
        return new TestMongo(
                embedded, "mongodb://127.0.0.1:" + embedded.getLocalAddress().getPort());
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
        MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build());
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
            embedded.shutdownNow();
        }
    }
}

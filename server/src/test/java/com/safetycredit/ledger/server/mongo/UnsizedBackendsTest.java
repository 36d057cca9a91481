package com.safetycredit.ledger.server.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's backends keep no data size, and are otherwise the stock ones: writes, replacements and
 * updates read back the same, and a data file opens with either backend whichever wrote it.
 */
class UnsizedBackendsTest {

    @TempDir
    Path folder;

    @Test
    void theStockBackendSizesEveryCollectionAndOursDoNot() {
        assertThat(sizeAfterWrites(new MemoryBackend())).isPositive();
        assertThat(sizeAfterWrites(UnsizedBackends.memory())).isZero();
        assertThat(sizeAfterWrites(
                        UnsizedBackends.file(folder.resolve("sized.mv.db").toString())))
                .isZero();
    }

    @Test
    void writesReplacementsAndUpdatesReadBackAsWithTheStockBackend() {
        List<Document> stock = afterWrites(new MemoryBackend());
        assertThat(stock).hasSize(3);
        assertThat(afterWrites(UnsizedBackends.memory())).isEqualTo(stock);
        assertThat(afterWrites(
                        UnsizedBackends.file(folder.resolve("writes.mv.db").toString())))
                .isEqualTo(stock);
    }

    @Test
    void aDataFileWrittenByTheStockBackendOpensWithOursAndTheOtherWayRound() {
        String stockFile = folder.resolve("stock.mv.db").toString();
        on(new H2Backend(stockFile), db -> db.getCollection("profiles").insertOne(new Document("_id", "a")));
        on(UnsizedBackends.file(stockFile), db -> {
            assertThat(db.getCollection("profiles").find().into(new ArrayList<>()))
                    .containsExactly(new Document("_id", "a"));
            db.getCollection("profiles").insertOne(new Document("_id", "b"));
        });
        on(new H2Backend(stockFile), db -> assertThat(ids(db.getCollection("profiles")))
                .containsExactly("a", "b"));
    }

    private long sizeAfterWrites(MongoBackend backend) {
        long[] size = new long[1];
        on(backend, db -> {
            write(db.getCollection("profiles"));
            size[0] = db.runCommand(new Document("collStats", "profiles"))
                    .get("size", Number.class)
                    .longValue();
        });
        return size[0];
    }

    private List<Document> afterWrites(MongoBackend backend) {
        List<Document> documents = new ArrayList<>();
        on(backend, db -> {
            write(db.getCollection("profiles"));
            db.getCollection("profiles").find().sort(new Document("_id", 1)).into(documents);
        });
        return documents;
    }

    /** An insert, a replacement by key (and an upsert), and an update of one field. */
    private static void write(MongoCollection<Document> profiles) {
        profiles.insertMany(List.of(
                new Document("_id", "a").append("timeline", List.of(new Document("status", "NORMAL"))),
                new Document("_id", "b").append("timeline", List.of())));
        profiles.replaceOne(
                Filters.eq("_id", "a"),
                new Document("_id", "a").append("timeline", List.of(new Document("status", "BLACK"))));
        profiles.replaceOne(
                Filters.eq("_id", "c"), new Document("_id", "c").append("n", 1), new ReplaceOptions().upsert(true));
        profiles.updateOne(Filters.eq("_id", "b"), Updates.set("name", "乙"));
    }

    private static List<String> ids(MongoCollection<Document> collection) {
        return collection.find().map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    private static void on(MongoBackend backend, Consumer<MongoDatabase> use) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client =
                MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            use.accept(client.getDatabase("ledger"));
        } finally {
            server.shutdownNow();
        }
    }
}

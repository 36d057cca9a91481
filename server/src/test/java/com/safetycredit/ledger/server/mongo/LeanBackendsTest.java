package com.safetycredit.ledger.server.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.oplog.NoopOplog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's backends keep no data size, replace a document by its key without copying it and find
 * documents by key without matching them again, and are otherwise the stock ones: writes, replacements (and every
 * replacement the general path refuses), updates and finds reply and read back the same, and a data file opens with
 * either backend whichever wrote it.
 */
class LeanBackendsTest {

    @TempDir
    Path folder;

    @Test
    void theStockBackendSizesEveryCollectionAndOursDoNot() {
        assertThat(sizeAfterWrites(new MemoryBackend())).isPositive();
        assertThat(sizeAfterWrites(LeanBackends.memory())).isZero();
        assertThat(sizeAfterWrites(
                        LeanBackends.file(folder.resolve("sized.mv.db").toString())))
                .isZero();
    }

    @Test
    void writesReplacementsAndUpdatesReadBackAsWithTheStockBackend() {
        List<Document> stock = afterWrites(new MemoryBackend());
        assertThat(stock).hasSize(3);
        assertThat(afterWrites(LeanBackends.memory())).isEqualTo(stock);
        assertThat(afterWrites(LeanBackends.file(folder.resolve("writes.mv.db").toString())))
                .isEqualTo(stock);
    }

    @Test
    void replacementsReplyAndReadBackAsWithTheStockBackendWhateverTheyMeet() {
        List<String> stock = afterReplacements(new MemoryBackend());
        assertThat(stock)
                .contains(
                        "changed: 1/1",
                        "unchanged: 1/0",
                        "another _id: error 66",
                        "a code taken: error 11000",
                        "by a query: 1/1",
                        "nothing there: 0/0",
                        "upserted: 0/0 d")
                .anyMatch(line -> line.startsWith("bulk: 2/1"));
        assertThat(afterReplacements(LeanBackends.memory())).isEqualTo(stock);
        assertThat(afterReplacements(
                        LeanBackends.file(folder.resolve("replacements.mv.db").toString())))
                .isEqualTo(stock);
    }

    @Test
    void valuesAddedToASetReplyAndReadBackAsWithTheStockBackendWhateverTheyMeet() {
        List<String> stock = afterAddedToSets(new MemoryBackend());
        assertThat(stock)
                .contains(
                        "new and known: 1/1",
                        "all known: 1/0",
                        "no set yet: 1/1",
                        "many, some known: 1/1",
                        "not a set: error 10141",
                        "integers: 1/1",
                        "nothing there: 0/0",
                        "upserted: 0/0 z");
        assertThat(afterAddedToSets(LeanBackends.memory())).isEqualTo(stock);
        assertThat(afterAddedToSets(
                        LeanBackends.file(folder.resolve("sets.mv.db").toString())))
                .isEqualTo(stock);
    }

    @Test
    void findsByKeyFindAsWithTheStockBackendWhateverTheyAsk() {
        List<String> stock = afterFinds(new MemoryBackend());
        assertThat(stock)
                .contains(
                        "one key: [3]",
                        "keys unsorted, repeated, one missing: [1, 3, 5]",
                        "an integer for a 64-bit key: [2]",
                        "multikey, each commit once per key: [1, 3, 3]",
                        "sorted, skipped, limited: [4, 3]",
                        "in batches of 2: [1, 2, 3, 4, 5]")
                .anyMatch(line -> line.startsWith("projected: [{\"_id\": 2, \"code\""));
        assertThat(afterFinds(LeanBackends.memory())).isEqualTo(stock);
        assertThat(afterFinds(LeanBackends.file(folder.resolve("finds.mv.db").toString())))
                .isEqualTo(stock);
    }

    /** Only a query of one field's keys, strings or integers, is left unmatched; the index answers it whole. */
    @Test
    void onlyAQueryOfKeysIsAnsweredWithoutTheMatcher() {
        assertThat(KeyedFinds.answeredWhollyByItsIndex(new de.bwaldvogel.mongo.bson.Document("_id", 3L)))
                .isTrue();
        assertThat(KeyedFinds.answeredWhollyByItsIndex(new de.bwaldvogel.mongo.bson.Document(
                        "positions", new de.bwaldvogel.mongo.bson.Document("$in", List.of(1L, 2, "a")))))
                .isTrue();
        assertThat(KeyedFinds.leftToMatch(new de.bwaldvogel.mongo.bson.Document("_id", "a")))
                .isSameAs(KeyedFinds.EVERY_DOCUMENT);
        for (de.bwaldvogel.mongo.bson.Document query : List.of(
                new de.bwaldvogel.mongo.bson.Document("_id", 1.5),
                new de.bwaldvogel.mongo.bson.Document("_id", null),
                new de.bwaldvogel.mongo.bson.Document("_id", new de.bwaldvogel.mongo.bson.Document("n", 1)),
                new de.bwaldvogel.mongo.bson.Document("a.b", 1L),
                new de.bwaldvogel.mongo.bson.Document("_id", 1L).append("code", 2L),
                new de.bwaldvogel.mongo.bson.Document(
                        "_id", new de.bwaldvogel.mongo.bson.Document("$in", List.of(1L, 2.5))),
                new de.bwaldvogel.mongo.bson.Document(
                        "_id", new de.bwaldvogel.mongo.bson.Document("$in", List.of(1L)).append("$nin", List.of(2L))),
                new de.bwaldvogel.mongo.bson.Document("_id", new de.bwaldvogel.mongo.bson.Document("$gt", 1L)))) {
            assertThat(KeyedFinds.leftToMatch(query)).as(query.toString()).isSameAs(query);
        }
    }

    /** What shows the replacement is ours and not the general path's: the stored value is the one sent, not a copy. */
    @Test
    void aReplacementByKeyKeepsTheValuesItWasGivenWhereTheStockBackendCopiesThem() {
        assertThat(replacedTimelineIsTheOneGiven(LeanBackends.memory())).isTrue();
        assertThat(replacedTimelineIsTheOneGiven(new MemoryBackend())).isFalse();
    }

    /** And adding to a set is ours: the document's other values stay the very ones it held, where the stock path copies them. */
    @Test
    void valuesAddedToASetLeaveTheOtherValuesUncopiedWhereTheStockBackendCopiesThem() {
        assertThat(otherValuesKeptAfterAddingToASet(LeanBackends.memory())).isTrue();
        assertThat(otherValuesKeptAfterAddingToASet(new MemoryBackend())).isFalse();
    }

    @Test
    void aDataFileWrittenByTheStockBackendOpensWithOursAndTheOtherWayRound() {
        String stockFile = folder.resolve("stock.mv.db").toString();
        on(new H2Backend(stockFile), db -> db.getCollection("profiles").insertOne(new Document("_id", "a")));
        on(LeanBackends.file(stockFile), db -> {
            assertThat(db.getCollection("profiles").find().into(new ArrayList<>()))
                    .containsExactly(new Document("_id", "a"));
            db.getCollection("profiles").insertOne(new Document("_id", "b"));
        });
        on(new H2Backend(stockFile), db -> assertThat(ids(db.getCollection("profiles")))
                .containsExactly("a", "b"));
    }

    /**
     * The unique indexes too: thousands of keys (across many of the file's pages, Chinese names whose bytes compare
     * differently signed and unsigned) written by either backend are found by the other, by key and by a list of
     * keys, a key taken is refused and a key removed is gone — the stored form and the order are the stock ones.
     */
    @Test
    void uniqueIndexesWrittenByEitherBackendAreFoundByTheOther() {
        String file = folder.resolve("indexes.mv.db").toString();
        on(new H2Backend(file), db -> {
            db.getCollection("enterprises").createIndex(Indexes.ascending("name"), new IndexOptions().unique(true));
            db.getCollection("enterprises").insertMany(enterprises(0, 3_000));
        });
        on(LeanBackends.file(file), db -> {
            assertFoundByEveryKey(db.getCollection("enterprises"), 0, 3_000);
            db.getCollection("enterprises").insertMany(enterprises(3_000, 6_000));
            db.getCollection("enterprises").deleteOne(Filters.eq("name", name(7)));
            assertThat(refusedCode(() -> db.getCollection("enterprises").insertOne(enterprise(9_999_999L, name(8)))))
                    .isEqualTo(11000);
        });
        on(new H2Backend(file), db -> {
            MongoCollection<Document> enterprises = db.getCollection("enterprises");
            assertThat(enterprises.find(Filters.eq("name", name(7))).first()).isNull();
            enterprises.deleteOne(Filters.eq("name", name(8)));
            assertFoundByEveryKey(enterprises, 3_000, 6_000);
            assertThat(refusedCode(() -> enterprises.insertOne(enterprise(9_999_999L, name(5_000)))))
                    .isEqualTo(11000);
        });
        on(LeanBackends.file(file), db -> {
            MongoCollection<Document> enterprises = db.getCollection("enterprises");
            assertThat(enterprises.find(Filters.in("name", name(7), name(8))).first())
                    .isNull();
            assertFoundByEveryKey(enterprises, 9, 6_000);
            assertThat(enterprises.countDocuments()).isEqualTo(5_998);
        });
    }

    private static List<Document> enterprises(int from, int to) {
        return LongStream.range(from, to).mapToObj(i -> enterprise(i, name(i))).toList();
    }

    private static Document enterprise(long id, String name) {
        return new Document("_id", id).append("name", name);
    }

    private static String name(long i) {
        return (i % 2 == 0 ? "平湖市示例企业" : "Jiashan Example ") + i;
    }

    private static void assertFoundByEveryKey(MongoCollection<Document> enterprises, int from, int to) {
        for (long i = from; i < to; i++) {
            assertThat(enterprises.find(Filters.eq("name", name(i))).first())
                    .as(name(i))
                    .isEqualTo(enterprise(i, name(i)));
            assertThat(enterprises.find(Filters.eq("_id", i)).first()).isEqualTo(enterprise(i, name(i)));
        }
        List<String> some = LongStream.range(from, to)
                .filter(i -> i % 97 == 0)
                .mapToObj(LeanBackendsTest::name)
                .toList();
        assertThat(enterprises
                        .find(Filters.in("name", some))
                        .map(d -> d.getString("name"))
                        .into(new ArrayList<>()))
                .containsExactlyInAnyOrderElementsOf(some);
    }

    private static int refusedCode(Runnable write) {
        try {
            write.run();
            return 0;
        } catch (MongoWriteException e) {
            return e.getCode();
        }
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

    /**
     * Replacements of every kind the read models send and the general path decides, each reply (matched/modified,
     * or the error's code) and then every document as JSON, its fields in their stored order.
     */
    private List<String> afterReplacements(MongoBackend backend) {
        List<String> lines = new ArrayList<>();
        on(backend, db -> {
            MongoCollection<Document> profiles = db.getCollection("profiles");
            profiles.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            profiles.insertMany(List.of(
                    new Document("_id", "a").append("code", 1).append("timeline", timeline("NORMAL")),
                    new Document("_id", "b").append("code", 2).append("timeline", timeline("WATCH")),
                    new Document("_id", "c").append("code", 3).append("name", "丙")));
            reply(
                    lines,
                    "changed",
                    () -> profiles.replaceOne(
                            Filters.eq("_id", "a"),
                            new Document("_id", "a").append("code", 1).append("timeline", timeline("BLACK"))));
            reply(
                    lines,
                    "unchanged",
                    () -> profiles.replaceOne(
                            Filters.eq("_id", "b"),
                            new Document("_id", "b").append("code", 2).append("timeline", timeline("WATCH"))));
            reply(
                    lines,
                    "no _id, fields reordered and one gone",
                    () -> profiles.replaceOne(Filters.eq("_id", "c"), new Document("name", "丙二").append("code", 30)));
            reply(
                    lines,
                    "another _id",
                    () -> profiles.replaceOne(Filters.eq("_id", "c"), new Document("_id", "z").append("code", 31)));
            reply(
                    lines,
                    "a code taken",
                    () -> profiles.replaceOne(Filters.eq("_id", "b"), new Document("_id", "b").append("code", 1)));
            reply(
                    lines,
                    "by a query",
                    () -> profiles.replaceOne(Filters.in("_id", "b"), new Document("_id", "b").append("code", 20)));
            reply(
                    lines,
                    "nothing there",
                    () -> profiles.replaceOne(Filters.eq("_id", "d"), new Document("_id", "d").append("code", 4)));
            reply(
                    lines,
                    "upserted",
                    () -> profiles.replaceOne(
                            Filters.eq("_id", "d"),
                            new Document("_id", "d").append("code", 4),
                            new ReplaceOptions().upsert(true)));
            try {
                BulkWriteResult bulk = profiles.bulkWrite(
                        List.of(
                                new ReplaceOneModel<>(
                                        Filters.eq("_id", "a"),
                                        new Document("_id", "a")
                                                .append("code", 10)
                                                .append("timeline", timeline("RED"))),
                                new ReplaceOneModel<>(
                                        Filters.eq("_id", "d"), new Document("_id", "d").append("code", 4)),
                                new ReplaceOneModel<>(
                                        Filters.eq("_id", "c"), new Document("_id", "c").append("code", 10))),
                        new BulkWriteOptions().ordered(false));
                lines.add("bulk: " + bulk.getMatchedCount() + "/" + bulk.getModifiedCount());
            } catch (MongoBulkWriteException e) {
                lines.add("bulk: " + e.getWriteResult().getMatchedCount() + "/"
                        + e.getWriteResult().getModifiedCount() + " errors "
                        + e.getWriteErrors().stream()
                                .map(w -> w.getIndex() + ":" + w.getCode())
                                .toList());
            }
            lines.add("code 10 names " + ids(profiles, Filters.eq("code", 10)) + ", code 1 "
                    + ids(profiles, Filters.eq("code", 1)));
            profiles.find().sort(new Document("_id", 1)).forEach(d -> lines.add(d.toJson()));
        });
        return lines;
    }

    /**
     * Finds of every kind the ledger's readers send by key — commits by position, one key or many (unsorted, repeated,
     * missing), a multikey index, numbers of another width — and a few the stock path is to match, with sort, skip,
     * limit, projection and small batches: the ids each returns, in the order returned.
     */
    private List<String> afterFinds(MongoBackend backend) {
        List<String> lines = new ArrayList<>();
        on(backend, db -> {
            MongoCollection<Document> commits = db.getCollection("commits");
            commits.createIndex(Indexes.ascending("positions"), new IndexOptions().unique(true));
            commits.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            for (long id = 1; id <= 5; id++) {
                commits.insertOne(new Document("_id", id)
                        .append("code", "c" + id)
                        .append("positions", List.of(id * 10, id * 10 + 1))
                        .append("n", id % 2));
            }
            find(lines, "one key", commits, Filters.eq("_id", 3L));
            find(lines, "keys unsorted, repeated, one missing", commits, Filters.in("_id", 5L, 9L, 1L, 3L, 5L));
            find(lines, "an integer for a 64-bit key", commits, Filters.in("_id", 2));
            find(lines, "a string key", commits, Filters.eq("code", "c4"));
            find(lines, "multikey, each commit once per key", commits, Filters.in("positions", 31L, 10L, 30L));
            find(lines, "no such key", commits, Filters.in("_id", 7L));
            find(lines, "a key and another field", commits, Filters.and(Filters.in("_id", 1L, 2L), Filters.eq("n", 1)));
            find(lines, "a range", commits, Filters.gt("_id", 3L));
            lines.add("sorted, skipped, limited: "
                    + commits.find(Filters.in("_id", 1L, 2L, 3L, 4L, 5L))
                            .sort(new Document("_id", -1))
                            .skip(1)
                            .limit(2)
                            .map(d -> d.get("_id"))
                            .into(new ArrayList<>()));
            lines.add("projected: "
                    + commits.find(Filters.eq("_id", 2L))
                            .projection(new Document("code", 1))
                            .map(Document::toJson)
                            .into(new ArrayList<>()));
            lines.add("in batches of 2: "
                    + commits.find(Filters.in("_id", 1L, 2L, 3L, 4L, 5L))
                            .batchSize(2)
                            .map(d -> d.get("_id"))
                            .into(new ArrayList<>()));
        });
        return lines;
    }

    private static void find(List<String> lines, String what, MongoCollection<Document> collection, Bson filter) {
        lines.add(what + ": " + collection.find(filter).map(d -> d.get("_id")).into(new ArrayList<>()));
    }

    /** Values added to sets of every kind the history index sends and the general path decides, as above. */
    private List<String> afterAddedToSets(MongoBackend backend) {
        List<String> lines = new ArrayList<>();
        on(backend, db -> {
            MongoCollection<Document> index = db.getCollection("history_index");
            index.insertMany(List.of(
                    new Document("_id", "a")
                            .append("positions", List.of(1L, 2L))
                            .append("meta", new Document("n", 1)),
                    new Document("_id", "b").append("positions", List.of(3L)),
                    new Document("_id", "c"),
                    new Document("_id", "d").append("positions", "3"),
                    new Document("_id", "e").append("positions", longs(1, 100))));
            reply(
                    lines,
                    "new and known",
                    () -> index.updateOne(
                            Filters.eq("_id", "a"), Updates.addEachToSet("positions", List.of(2L, 5L, 4L, 5L))));
            reply(
                    lines,
                    "all known",
                    () -> index.updateOne(Filters.eq("_id", "b"), Updates.addEachToSet("positions", List.of(3L))));
            reply(
                    lines,
                    "no set yet",
                    () -> index.updateOne(Filters.eq("_id", "c"), Updates.addEachToSet("positions", List.of(7L, 6L))));
            List<Long> many = new ArrayList<>(longs(50, 250));
            many.add(250L);
            reply(
                    lines,
                    "many, some known",
                    () -> index.updateOne(Filters.eq("_id", "e"), Updates.addEachToSet("positions", many)));
            reply(
                    lines,
                    "not a set",
                    () -> index.updateOne(Filters.eq("_id", "d"), Updates.addEachToSet("positions", List.of(3L))));
            reply(
                    lines,
                    "integers",
                    () -> index.updateOne(Filters.eq("_id", "b"), Updates.addEachToSet("positions", List.of(3, 8))));
            reply(
                    lines,
                    "nothing there",
                    () -> index.updateOne(Filters.eq("_id", "y"), Updates.addEachToSet("positions", List.of(1L))));
            reply(
                    lines,
                    "upserted",
                    () -> index.updateOne(
                            Filters.eq("_id", "z"),
                            Updates.addEachToSet("positions", List.of(9L)),
                            new UpdateOptions().upsert(true)));
            index.find().sort(new Document("_id", 1)).forEach(d -> lines.add(d.toJson()));
        });
        return lines;
    }

    private static List<Long> longs(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    private static List<Document> timeline(String status) {
        return List.of(
                new Document("from", "2024-01-01")
                        .append("status", status)
                        .append("reasons", List.of(new Document("code", "X"))),
                new Document("from", "2025-01-01").append("status", "NORMAL"));
    }

    private static void reply(List<String> lines, String what, Supplier<UpdateResult> replacement) {
        try {
            UpdateResult result = replacement.get();
            lines.add(what + ": " + result.getMatchedCount() + "/" + result.getModifiedCount()
                    + (result.getUpsertedId() == null
                            ? ""
                            : " " + result.getUpsertedId().asString().getValue()));
        } catch (MongoWriteException e) {
            lines.add(what + ": error " + e.getCode());
        }
    }

    private static List<String> ids(MongoCollection<Document> collection, Bson filter) {
        return collection.find(filter).map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    private static boolean otherValuesKeptAfterAddingToASet(MongoBackend backend) {
        de.bwaldvogel.mongo.MongoCollection<?> index =
                backend.resolveDatabase("ledger").createCollectionOrThrowIfExists("history_index");
        de.bwaldvogel.mongo.bson.Document meta = new de.bwaldvogel.mongo.bson.Document("n", 1);
        index.addDocument(new de.bwaldvogel.mongo.bson.Document("_id", "a")
                .append("positions", List.of(1L))
                .append("meta", meta));
        index.updateDocuments(
                new de.bwaldvogel.mongo.bson.Document("_id", "a"),
                new de.bwaldvogel.mongo.bson.Document(
                        "$addToSet",
                        new de.bwaldvogel.mongo.bson.Document(
                                "positions", new de.bwaldvogel.mongo.bson.Document("$each", List.of(2L)))),
                ArrayFilters.empty(),
                false,
                false,
                NoopOplog.get());
        de.bwaldvogel.mongo.bson.Document stored = index.handleQuery(new de.bwaldvogel.mongo.bson.Document("_id", "a"))
                .iterator()
                .next();
        assertThat(stored.get("positions")).isEqualTo(List.of(1L, 2L));
        return stored.get("meta") == meta;
    }

    private static boolean replacedTimelineIsTheOneGiven(MongoBackend backend) {
        de.bwaldvogel.mongo.MongoCollection<?> profiles =
                backend.resolveDatabase("ledger").createCollectionOrThrowIfExists("profiles");
        profiles.addDocument(new de.bwaldvogel.mongo.bson.Document("_id", "a").append("timeline", List.of()));
        List<Object> timeline = List.of(new de.bwaldvogel.mongo.bson.Document("status", "BLACK"));
        profiles.updateDocuments(
                new de.bwaldvogel.mongo.bson.Document("_id", "a"),
                new de.bwaldvogel.mongo.bson.Document("_id", "a").append("timeline", timeline),
                ArrayFilters.empty(),
                false,
                false,
                NoopOplog.get());
        de.bwaldvogel.mongo.bson.Document stored = profiles.handleQuery(
                        new de.bwaldvogel.mongo.bson.Document("_id", "a"))
                .iterator()
                .next();
        assertThat(stored.get("timeline")).isEqualTo(timeline);
        return stored.get("timeline") == timeline;
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

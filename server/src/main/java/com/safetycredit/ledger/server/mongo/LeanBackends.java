package com.safetycredit.ledger.server.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's backends with four costs taken out of what the read models write and read most:
 * <ul>
 *   <li><b>no data size</b>: the stock collections keep the size that {@code collStats} reports by encoding every
 *       document they write to BSON once more — and for an update, the document it replaces as well: at 1,000,000
 *       events that was a quarter of the embedded store's time while the read models caught up, rewriting each
 *       enterprise's profile with its timeline (docs/benchmarks.md). Nothing in the ledger asks for
 *       {@code collStats}; a collection's {@code size} there reads 0 (or, in a data file written before, what it
 *       was then);
 *   <li><b>a document named by its key replaced, or values added to a set in it, without copying it</b> ({@link KeyedUpdates});
 *   <li><b>documents named by their keys found without the query matcher</b> where the key's index answers the
 *       whole query ({@link KeyedFinds});
 *   <li><b>the H2 file's unique indexes holding their keys as the bytes they are stored as</b> ({@link StoredKeyIndex}):
 *       a look-up serialises its key once, where the stock index serialised both keys of every comparison.
 * </ul>
 *
 * <p>Everything else is the stock backend's: the H2 file keeps its maps under the names the stock backend gives
 * them ({@code databases.<db>.<collection>}, {@code meta.<db>.<collection>}, {@code <db>.<collection>._index_<name>})
 * and in its byte format, so a data file opens with either ({@code LeanBackendsTest}).
 */
final class LeanBackends {

    private LeanBackends() {}

    static MemoryBackend memory() {
        return new MemoryBackend() {
            @Override
            public MemoryDatabase openOrCreateDatabase(String databaseName) {
                return new MemoryDatabase(databaseName, getCursorRegistry()) {
                    @Override
                    protected MemoryCollection openOrCreateCollection(
                            String collectionName, CollectionOptions options) {
                        return new MemoryCollection(this, collectionName, options, cursorRegistry) {
                            @Override
                            protected boolean tracksDataSize() {
                                return false;
                            }

                            @Override
                            protected QueryResult matchDocuments(
                                    Document query,
                                    Iterable<Integer> positions,
                                    Document orderBy,
                                    int numberToSkip,
                                    int limit,
                                    int batchSize,
                                    Document fieldSelector) {
                                return super.matchDocuments(
                                        KeyedFinds.leftToMatch(query),
                                        positions,
                                        orderBy,
                                        numberToSkip,
                                        limit,
                                        batchSize,
                                        fieldSelector);
                            }

                            @Override
                            public synchronized Document updateDocuments(
                                    Document selector,
                                    Document update,
                                    ArrayFilters arrayFilters,
                                    boolean multi,
                                    boolean upsert,
                                    Oplog oplog) {
                                return KeyedUpdates.update(
                                        this,
                                        getIdField(),
                                        selector,
                                        update,
                                        multi,
                                        oplog,
                                        new KeyedUpdates.Storage<>(this::getDocument, this::handleUpdate),
                                        () -> super.updateDocuments(
                                                selector, update, arrayFilters, multi, upsert, oplog));
                            }
                        };
                    }
                };
            }
        };
    }

    static H2Backend file(String fileName) {
        MVStore store = MVStore.open(fileName);
        return new H2Backend(store) {
            @Override
            protected H2Database openOrCreateDatabase(String databaseName) {
                // the database opens its first collections from its own constructor: the store comes from this
                // method's scope (assigned before any constructor runs), never from a field of the subclass
                return new H2Database(databaseName, store, getCursorRegistry()) {
                    @Override
                    protected Index<Object> openOrCreateUniqueIndex(
                            String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
                        // the stock backend's map for the index (H2Database.mapNameForIndex), its keys held as bytes
                        String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
                        return StoredKeyIndex.open(store, mapName, indexName, keys, sparse);
                    }

                    @Override
                    protected MongoCollection<Object> openOrCreateCollection(
                            String collectionName, CollectionOptions options) {
                        String fullName = getFullCollectionNamespace(collectionName);
                        MVMap<Object, Document> data = store.openMap("databases." + fullName);
                        MVMap<String, Object> meta = store.openMap("meta." + fullName);
                        return new H2Collection(this, collectionName, options, data, meta, cursorRegistry) {
                            @Override
                            protected boolean tracksDataSize() {
                                return false;
                            }

                            @Override
                            protected QueryResult matchDocuments(
                                    Document query,
                                    Iterable<Object> positions,
                                    Document orderBy,
                                    int numberToSkip,
                                    int limit,
                                    int batchSize,
                                    Document fieldSelector) {
                                return super.matchDocuments(
                                        KeyedFinds.leftToMatch(query),
                                        positions,
                                        orderBy,
                                        numberToSkip,
                                        limit,
                                        batchSize,
                                        fieldSelector);
                            }

                            @Override
                            public synchronized Document updateDocuments(
                                    Document selector,
                                    Document update,
                                    ArrayFilters arrayFilters,
                                    boolean multi,
                                    boolean upsert,
                                    Oplog oplog) {
                                return KeyedUpdates.update(
                                        this,
                                        getIdField(),
                                        selector,
                                        update,
                                        multi,
                                        oplog,
                                        new KeyedUpdates.Storage<>(this::getDocument, this::handleUpdate),
                                        () -> super.updateDocuments(
                                                selector, update, arrayFilters, multi, upsert, oplog));
                            }
                        };
                    }
                };
            }
        };
    }
}

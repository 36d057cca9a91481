package com.safetycredit.ledger.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

/**
 * The ledger's collections and the unique indexes that make its guarantees hold.
 *
 * <ul>
 *   <li>{@code ledger_commits}: one document per commit (all events of one unit of work), {@code _id} =
 *       its first position. Unique multikey {@code positions} forbids two commits claiming a position;
 *       unique multikey {@code eventKeys} ({@code aggregateId#sequence}) is the per-aggregate
 *       optimistic concurrency check. Both indexes also serve exact look-ups, the only kind
 *       mongo-java-server answers without scanning.</li>
 *   <li>{@code ledger_snapshots}: the latest snapshot per aggregate, {@code _id} = aggregate id.</li>
 *   <li>{@code ledger_meta}: a hint of the head position, advanced now and then; never trusted, only a
 *       place to start probing forward from.</li>
 * </ul>
 */
public final class LedgerCollections {

    public static final String COMMITS = "ledger_commits";
    public static final String SNAPSHOTS = "ledger_snapshots";
    public static final String META = "ledger_meta";

    private final MongoDatabase database;

    public LedgerCollections(MongoDatabase database) {
        this.database = database;
    }

    public MongoCollection<Document> commits() {
        return database.getCollection(COMMITS);
    }

    public MongoCollection<Document> snapshots() {
        return database.getCollection(SNAPSHOTS);
    }

    public MongoCollection<Document> meta() {
        return database.getCollection(META);
    }

    /** Idempotent: creating an index that exists with the same options is a no-op. */
    public void ensureIndexes() {
        commits()
                .createIndex(
                        Indexes.ascending("positions"),
                        new IndexOptions().unique(true).name("ledger_positions_unique"));
        commits()
                .createIndex(
                        Indexes.ascending("eventKeys"),
                        new IndexOptions().unique(true).name("ledger_event_keys_unique"));
    }
}

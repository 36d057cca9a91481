package com.safetycredit.ledger.query.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.query.projection.CheckpointedProjection;
import com.safetycredit.ledger.query.projection.HoldBack;
import com.safetycredit.ledger.query.projection.ProjectionCheckpoints;
import com.safetycredit.ledger.store.LedgerReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every event of every enterprise, as staff read it: position, type, valid and record time, actor, data.
 *
 * <p>Stored for exact-key reads only (the embedded MongoDB scans for anything else): one entry per event
 * keyed by its position, and one index document per enterprise listing its positions. Far behind the ledger's head
 * the index additions of many batches are written together ({@link HeldIndex}).
 */
@Component
@ProcessingGroup(HistoryProjection.NAME)
public class HistoryProjection extends CheckpointedProjection<HistoryProjection.Entries> {

    public static final String NAME = "history";
    static final String ENTRIES = "history_entries";
    static final String INDEX = "history_index";

    private final MongoCollection<RawBsonDocument> entries;
    private final MongoCollection<Document> index;
    private final EventTypeRegistry registry;
    private final ObjectMapper objectMapper;
    private final ProjectionCheckpoints checkpoints;
    private final HoldBack holdBack;
    private final HeldIndex held;
    private final EntryBson bson;

    @Autowired
    public HistoryProjection(
            MongoDatabase database,
            ProjectionCheckpoints checkpoints,
            EventTypeRegistry registry,
            ObjectMapper objectMapper,
            LedgerReader ledger,
            @Value("${ledger.projections.history.hold-back-behind:20000}") long holdBackBehind,
            @Value("${ledger.projections.history.hold-back-events:250000}") long holdBackEvents) {
        this(
                database,
                checkpoints,
                registry,
                objectMapper,
                new HoldBack(() -> ledger.head().position(), holdBackBehind, holdBackEvents));
    }

    /** Never holding anything back. */
    public HistoryProjection(
            MongoDatabase database,
            ProjectionCheckpoints checkpoints,
            EventTypeRegistry registry,
            ObjectMapper objectMapper) {
        this(database, checkpoints, registry, objectMapper, HoldBack.NEVER);
    }

    /** With index additions held as {@code holdBack} says ({@link HeldIndex}). */
    HistoryProjection(
            MongoDatabase database,
            ProjectionCheckpoints checkpoints,
            EventTypeRegistry registry,
            ObjectMapper objectMapper,
            HoldBack holdBack) {
        super(NAME, checkpoints);
        this.entries = database.getCollection(ENTRIES, RawBsonDocument.class);
        this.index = database.getCollection(INDEX);
        this.registry = registry;
        this.objectMapper = objectMapper;
        this.checkpoints = checkpoints;
        this.holdBack = holdBack;
        this.held = new HeldIndex(database, database.getCollection(ENTRIES));
        this.bson = new EntryBson(database.getCodecRegistry());
    }

    @EventHandler
    void on(EnterpriseFact fact, EventMessage<?> message, TrackingToken token) {
        apply(
                token,
                (batch, position) -> batch.add(
                        fact.uscc(),
                        position,
                        entry(fact, position, message.getTimestamp().toString(), message.getMetaData())));
    }

    @ResetHandler
    void reset() {
        held.clear();
        entries.deleteMany(new Document());
        index.deleteMany(new Document());
        forgetCheckpoint();
    }

    @Override
    protected Entries newBatch() {
        return new Entries();
    }

    /**
     * One batch's entries and index additions. Both writes are idempotent (an entry inserted, or replaced by its
     * position where a batch repeated after a crash finds it stored; positions added to a set), so a batch repeated
     * after a crash repairs itself. Far behind the head the entries are written at once and the index additions held
     * ({@link HeldIndex}).
     */
    final class Entries implements CheckpointedProjection.Batch {

        private final List<RawBsonDocument> newEntries = new ArrayList<>();
        private final Map<String, List<Long>> positionsByEnterprise = new LinkedHashMap<>();
        private long firstPosition = -1;

        void add(String uscc, long position, RawBsonDocument entry) {
            newEntries.add(entry);
            positionsByEnterprise.computeIfAbsent(uscc, k -> new ArrayList<>()).add(position);
            if (firstPosition < 0) {
                firstPosition = position;
            }
        }

        /** Held while far enough behind the head and not for too long ({@link HoldBack}); the entries are written. */
        @Override
        public boolean holdBack(long reached) {
            held.recover(() -> checkpoints.lastApplied(NAME));
            long first = firstPosition < 0 ? reached : firstPosition;
            long since = held.firstHeldAt() < 0 ? first : held.firstHeldAt();
            if (!holdBack.allows(reached, since)) {
                return false;
            }
            if (!newEntries.isEmpty()) {
                insertOrReplace(newEntries); // before the note that names them
            }
            held.hold(positionsByEnterprise, first, reached);
            return true;
        }

        @Override
        public void write() {
            held.recover(() -> checkpoints.lastApplied(NAME));
            if (!newEntries.isEmpty()) {
                insertOrReplace(newEntries);
            }
            Map<String, List<Long>> added = held.withHeld(positionsByEnterprise);
            if (!added.isEmpty()) {
                index.bulkWrite(
                        added.entrySet().stream()
                                .map(e -> new UpdateOneModel<Document>(
                                        Filters.eq("_id", e.getKey()),
                                        Updates.addEachToSet("positions", e.getValue()),
                                        new UpdateOptions().upsert(true)))
                                .toList(),
                        new BulkWriteOptions().ordered(false));
            }
            held.written();
        }

        /**
         * Inserted, as every entry is new but in a batch repeated after a crash: an insert costs the store far less
         * than an upsert, which first looks for the document and then builds it from the filter and the replacement
         * (measured in the catch-up's profile). Entries already stored are then replaced, as an upsert would have.
         */
        private void insertOrReplace(List<RawBsonDocument> all) {
            try {
                entries.insertMany(all, new InsertManyOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                if (e.getWriteErrors().stream().anyMatch(error -> error.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
                    throw e;
                }
                entries.bulkWrite(
                        e.getWriteErrors().stream()
                                .map(error -> all.get(error.getIndex()))
                                .map(entry -> new ReplaceOneModel<>(Filters.eq("_id", entry.get("_id")), entry))
                                .toList(),
                        new BulkWriteOptions().ordered(false));
            }
        }
    }

    /** The history entry of one event; the replay check builds it the same way from the stored event. */
    public RawBsonDocument entry(EnterpriseFact fact, long position, String recordedAt, Map<String, ?> metadata) {
        EventTypeRegistry.Entry type = registry.require(fact.getClass());
        return bson.entry(
                position,
                fact.uscc(),
                type.name(),
                type.revision(),
                fact.validOn() == null ? null : fact.validOn().toString(),
                recordedAt,
                metadata.get("actor"),
                metadata.get("role"),
                metadata.get("authority"),
                objectMapper.convertValue(fact, Map.class));
    }
}

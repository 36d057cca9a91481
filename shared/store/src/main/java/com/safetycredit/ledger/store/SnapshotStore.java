package com.safetycredit.ledger.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * The newest snapshot of each aggregate, in {@code ledger_snapshots} keyed by the aggregate's id. A
 * snapshot is a cache of the aggregate's events, outside the chain: losing one costs a longer load.
 */
final class SnapshotStore {

    private final LedgerCollections collections;

    SnapshotStore(LedgerCollections collections) {
        this.collections = collections;
    }

    void store(DomainEventMessage<?> snapshot, Serializer serializer) {
        SerializedObject<String> payload = serializer.serialize(snapshot.getPayload(), String.class);
        SerializedObject<String> metadata = serializer.serialize(snapshot.getMetaData(), String.class);
        Document document = new Document("_id", snapshot.getAggregateIdentifier())
                .append("aggregateType", snapshot.getType())
                .append("sequence", snapshot.getSequenceNumber())
                .append("eventId", snapshot.getIdentifier())
                .append("timestamp", snapshot.getTimestamp().toString())
                .append("payloadType", payload.getType().getName())
                .append("payloadRevision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metadata", metadata.getData());
        // Keep only the newest snapshot: replace it unless the stored one is already newer.
        collections
                .snapshots()
                .replaceOne(
                        Filters.and(
                                Filters.eq("_id", snapshot.getAggregateIdentifier()),
                                Filters.lt("sequence", snapshot.getSequenceNumber())),
                        document,
                        new ReplaceOptions().upsert(false));
        try {
            collections.snapshots().insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    Optional<DomainEventData<?>> read(String aggregateIdentifier) {
        Document document = collections
                .snapshots()
                .find(Filters.eq("_id", aggregateIdentifier))
                .first();
        if (document == null) {
            return Optional.empty();
        }
        return Optional.of(new GenericDomainEventEntry<>(
                document.getString("aggregateType"),
                aggregateIdentifier,
                document.get("sequence", Number.class).longValue(),
                document.getString("eventId"),
                document.getString("timestamp"),
                document.getString("payloadType"),
                document.getString("payloadRevision"),
                document.getString("payload"),
                document.getString("metadata")));
    }
}

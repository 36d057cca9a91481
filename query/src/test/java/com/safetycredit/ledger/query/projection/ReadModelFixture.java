package com.safetycredit.ledger.query.projection;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.EventMetadata;
import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.events.LedgerEventCatalog;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.store.LedgerSerializer;
import com.safetycredit.ledger.store.MongoLedgerStorageEngine;
import com.safetycredit.ledger.store.StoredEnterpriseEvents;
import com.safetycredit.ledger.store.testing.TestMongo;
import com.safetycredit.ledger.store.testing.TrackingProcessorHarness;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;

/**
 * A ledger on a test MongoDB (in-process, or the one {@code LEDGER_TEST_MONGO_URI} names), facts appended
 * through the real store, and a read model run by a real tracking processor over it, its batches flushed as
 * the server flushes them.
 */
public final class ReadModelFixture implements AutoCloseable {

    public static final EventTypeRegistry REGISTRY = LedgerEventCatalog.registry();
    private static final MetaData REGISTRAR = MetaData.with(EventMetadata.ACTOR, "wangli")
            .and(EventMetadata.ROLE, "REGISTRAR")
            .and(EventMetadata.AUTHORITY, "平湖市应急管理局");

    public final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    public final MongoDatabase database;
    public final ProjectionCheckpoints checkpoints;
    private final TestMongo mongo;
    private final LedgerSerializer serializer;
    private final MongoLedgerStorageEngine store;
    private final EmbeddedEventStore events;
    private final Map<String, Long> sequences = new HashMap<>();
    private TrackingProcessorHarness harness;

    public ReadModelFixture() {
        mongo = TestMongo.start();
        database = mongo.newConnection();
        serializer = new LedgerSerializer(
                JacksonSerializer.builder().objectMapper(json).build(), REGISTRY);
        store = MongoLedgerStorageEngine.builder()
                .database(database)
                .registry(REGISTRY)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        // facts are appended to the store directly, past the event store: look for them every 20 ms, not every second
        events =
                EmbeddedEventStore.builder().storageEngine(store).fetchDelay(20).build();
        checkpoints = new ProjectionCheckpoints(database);
    }

    /** Each fact in its enterprise's stream (an award's in its application's), one commit each. */
    public void record(EnterpriseFact... facts) {
        for (EnterpriseFact fact : facts) {
            inStream("EnterpriseAggregate", fact.uscc(), fact);
        }
    }

    /** One commit of events in one aggregate's stream, numbered after what it already holds. */
    public void inStream(String aggregateType, String aggregateId, Object... payloads) {
        List<EventMessage<?>> commit = new ArrayList<>();
        for (Object payload : payloads) {
            long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
            commit.add(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload, REGISTRAR));
        }
        store.appendEvents(commit);
    }

    /** An event no aggregate published (the ledger's own digests). */
    public void publish(Object payload) {
        store.appendEvents(GenericEventMessage.asEventMessage(payload).andMetaData(REGISTRAR));
    }

    public long head() {
        return store.reader().head().position();
    }

    /** Enterprise records read from this ledger, as the profile projection reads them. */
    public EnterpriseRecords records() {
        return new EnterpriseRecords(new StoredEnterpriseEvents(store.reader(), serializer));
    }

    /** Starts the read model's processor; batches of {@code batchSize} events. */
    public void run(CheckpointedProjection<?> projection, int batchSize) {
        harness = TrackingProcessorHarness.projection(
                events, database, projection.name(), batchSize, projection, List.of(new FlushAtBatchEnd()));
    }

    /**
     * As if the node died and started again: the processor stops where it is (its token stored, the read model's
     * memory gone) and {@code projection}, a new instance, goes on from the stored token.
     */
    public void restart(CheckpointedProjection<?> projection, int batchSize) {
        harness.stop();
        run(projection, batchSize);
    }

    /** Waits until the read model has applied everything recorded so far. */
    public void caughtUp() {
        harness.awaitPosition(head());
    }

    public void replay() {
        harness.replay();
        caughtUp();
    }

    public void redeliverAfter(long position) {
        harness.redeliverAfter(position);
    }

    /** A collection's documents in key order. */
    public List<Document> documents(String collection) {
        return database.getCollection(collection)
                .find()
                .sort(Sorts.ascending("_id"))
                .into(new ArrayList<>());
    }

    @Override
    public void close() {
        if (harness != null) {
            harness.stop();
        }
        events.shutDown();
        mongo.close();
    }
}

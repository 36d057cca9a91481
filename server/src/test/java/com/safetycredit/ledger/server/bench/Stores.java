package com.safetycredit.ledger.server.bench;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.events.LedgerEventCatalog;
import com.safetycredit.ledger.store.LedgerBulkLoader;
import com.safetycredit.ledger.store.LedgerSerializer;
import com.safetycredit.ledger.store.MongoLedgerStorageEngine;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;

/**
 * The three contestants' storage on one MongoDB: our ledger (the database the server then runs on), the peer
 * (axon-mongo's engine) and the limit (a plain collection taking the same event documents).
 */
final class Stores {

    static final String LEDGER_DATABASE = "bench_ledger";

    final MongoLedgerStorageEngine ledger;
    final LedgerBulkLoader loader;
    MongoEventStorageEngine peer;
    final MongoCollection<Document> raw;
    private final MongoClient client;
    long peerEvents;
    long rawEvents;

    /** Runs after each of the ledger's commits, as in the server: the H2 file is flushed, so each is durable. */
    final Runnable afterCommit;

    Stores(MongoClient client, Runnable afterCommit) {
        this.client = client;
        this.afterCommit = afterCommit;
        for (String name : List.of(LEDGER_DATABASE, "bench_peer", "bench_raw")) {
            client.getDatabase(name).drop();
        }
        this.ledger = ledgerEngine(client.getDatabase(LEDGER_DATABASE), afterCommit);
        this.loader = new LedgerBulkLoader(ledger);
        MongoDatabase peerDatabase = client.getDatabase("bench_peer");
        this.peer = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(peerDatabase)
                        .build())
                .eventSerializer(eventSerializer())
                .snapshotSerializer(snapshotSerializer())
                .build();
        ensurePeerIndexes();
        this.raw = client.getDatabase("bench_raw").getCollection("events");
    }

    /** The peer as it ships: its own index set-up, deprecated in axon-mongo but what its users run. */
    @SuppressWarnings("deprecation")
    private void ensurePeerIndexes() {
        peer.ensureIndexes();
    }

    /** A second engine on the ledger, as a second command-side instance would have. */
    MongoLedgerStorageEngine newLedgerEngine() {
        return ledgerEngine(client.getDatabase(LEDGER_DATABASE), afterCommit);
    }

    private static MongoLedgerStorageEngine ledgerEngine(MongoDatabase database, Runnable afterCommit) {
        return MongoLedgerStorageEngine.builder()
                .database(database)
                .afterCommit(afterCommit)
                .registry(LedgerEventCatalog.registry())
                .eventSerializer(eventSerializer())
                .snapshotSerializer(snapshotSerializer())
                .batchSize(1000) // as the server's
                // as the server's (ledger.store.group-commit); -Dbenchmark.group-commit=false measures without
                .groupCommit(Boolean.parseBoolean(System.getProperty("benchmark.group-commit", "true")))
                .build();
    }

    /** The server's snapshot serializer: an aggregate keeps its state in private fields, read directly. */
    static Serializer snapshotSerializer() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .findAndRegisterModules()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    /** The server's event serializer: stable type names over Jackson, dates as ISO text. */
    static Serializer eventSerializer() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .findAndRegisterModules();
        return new LedgerSerializer(
                JacksonSerializer.builder().objectMapper(mapper).build(), LedgerEventCatalog.registry());
    }

    /** Stores commits in all contestants still running, in bulk. */
    void preload(List<List<EventMessage<?>>> commits) {
        List<StoredEvent> stored = loader.append(commits);
        insertRaw(stored);
        if (peer != null) {
            List<EventMessage<?>> events = new ArrayList<>();
            commits.forEach(events::addAll);
            peer.appendEvents(events);
            peerEvents += events.size();
        }
    }

    void insertRaw(List<StoredEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        raw.insertMany(events.stream().map(Stores::rawDocument).toList());
        rawEvents += events.size();
    }

    /** The event as a plain document, the same fields the ledger stores for it. */
    static Document rawDocument(StoredEvent e) {
        return new Document("position", e.position())
                .append("eventId", e.eventId())
                .append("type", e.type())
                .append("aggregateId", e.aggregateId())
                .append("sequence", e.sequence())
                .append("timestamp", e.timestamp())
                .append("payload", e.payload())
                .append("metadata", e.metadata())
                .append("hash", e.hash());
    }

    void dropPeer() {
        client.getDatabase("bench_peer").drop();
        peer = null;
    }

    void dropRaw() {
        client.getDatabase("bench_raw").drop();
    }
}

package com.safetycredit.ledger.server.mongo;

import static com.safetycredit.ledger.store.testing.TestEvents.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.safetycredit.ledger.contracts.chain.LedgerHead;
import com.safetycredit.ledger.store.LedgerCollections;
import com.safetycredit.ledger.store.MongoLedgerStorageEngine;
import com.safetycredit.ledger.store.StoredChain;
import com.safetycredit.ledger.store.testing.TestEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store on its H2 file keeps events, snapshots and the head across a restart. */
class EmbeddedRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void everythingIsStillThereAfterARestartAndAppendingContinuesTheChain() {
        LedgerHead headBefore;
        try (EmbeddedMongo mongo = EmbeddedMongo.onDisk(dataDirectory, 0);
                MongoClient client = mongo.client()) {
            MongoLedgerStorageEngine store = TestEvents.engine(client.getDatabase("ledger"));
            for (int i = 0; i < 100; i++) {
                store.appendEvents(recorded("kept-" + (i % 10), i / 10));
            }
            store.storeSnapshot(new GenericDomainEventMessage<>(
                    "Thing", "kept-3", 9, new TestEvents.ThingRecorded("kept-3", 9, "snapshot")));
            headBefore = store.reader().head();
        }

        try (EmbeddedMongo mongo = EmbeddedMongo.onDisk(dataDirectory, 0);
                MongoClient client = mongo.client()) {
            MongoLedgerStorageEngine store = TestEvents.engine(client.getDatabase("ledger"));
            assertThat(store.reader().head()).isEqualTo(headBefore);
            assertThat(store.readEvents("kept-3").asStream().map(DomainEventMessage::getSequenceNumber))
                    .hasSize(10);
            assertThat(store.readSnapshot("kept-3").orElseThrow().getSequenceNumber())
                    .isEqualTo(9);

            store.appendEvents(recorded("after-restart", 0));
            assertThat(store.reader().head().position()).isEqualTo(101);
            assertThat(new StoredChain(store.reader(), TestEvents.REGISTRY)
                            .verify(1, 101, n -> {})
                            .ok())
                    .isTrue();
        }
    }

    /** mongo-java-server's oplog would keep a second, unbounded copy of every write in the data file. */
    @Test
    void theEmbeddedStoreKeepsNoCopyOfItsWrites() {
        try (EmbeddedMongo mongo = EmbeddedMongo.onDisk(dataDirectory, 0);
                MongoClient client = mongo.client()) {
            MongoLedgerStorageEngine store = TestEvents.engine(client.getDatabase("ledger"));
            for (int i = 0; i < 10; i++) {
                store.appendEvents(recorded("once-" + i, 0));
            }
            assertThat(client.getDatabase("ledger")
                            .getCollection(LedgerCollections.COMMITS)
                            .countDocuments())
                    .isEqualTo(10);
            assertThat(client.getDatabase("local").listCollectionNames().into(new ArrayList<>()))
                    .doesNotContain("oplog.rs");
        }
    }

    @Test
    void anEventAcknowledgedBeforeACrashIsOnDisk() {
        EmbeddedMongo crashed = EmbeddedMongo.onDisk(dataDirectory, 0);
        MongoClient client = crashed.client();
        MongoLedgerStorageEngine store = MongoLedgerStorageEngine.builder()
                .database(client.getDatabase("ledger"))
                .registry(TestEvents.REGISTRY)
                .eventSerializer(TestEvents.serializer())
                .snapshotSerializer(TestEvents.serializer())
                .afterCommit(crashed::flush)
                .build();
        store.appendEvents(recorded("durable", 0));
        // no orderly close: copy the file as it is now, as if the process died here
        Path copy = dataDirectory.resolve("copy");
        copyFile(dataDirectory.resolve("ledger.mv.db"), copy.resolve("ledger.mv.db"));
        client.close();
        crashed.close();

        try (EmbeddedMongo mongo = EmbeddedMongo.onDisk(copy, 0);
                MongoClient reopened = mongo.client()) {
            MongoLedgerStorageEngine recovered = TestEvents.engine(reopened.getDatabase("ledger"));
            assertThat(recovered.reader().head().position()).isEqualTo(1);
        }
    }

    private static void copyFile(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

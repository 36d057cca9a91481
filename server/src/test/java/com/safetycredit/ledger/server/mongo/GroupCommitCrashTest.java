package com.safetycredit.ledger.server.mongo;

import static com.safetycredit.ledger.store.testing.TestEvents.bulletin;
import static com.safetycredit.ledger.store.testing.TestEvents.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.safetycredit.ledger.contracts.chain.ChainVerification;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.store.MongoLedgerStorageEngine;
import com.safetycredit.ledger.store.StoredChain;
import com.safetycredit.ledger.store.testing.TestEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group commit on the H2 file: commits of 8 concurrent writers share flushes of the file, and every commit
 * acknowledged before the process dies is in the file as it was left — each writer returned only after the
 * flush covering its commit.
 */
class GroupCommitCrashTest {

    private static final int THREADS = 8;
    private static final int COMMITS_PER_THREAD = 40;

    @TempDir
    Path dataDirectory;

    @Test
    void everyCommitAcknowledgedByConcurrentWritersIsOnDiskWithFewerFlushesThanCommits() throws Exception {
        EmbeddedMongo crashed = EmbeddedMongo.onDisk(dataDirectory, 0);
        MongoClient client = crashed.client();
        AtomicInteger flushes = new AtomicInteger();
        MongoLedgerStorageEngine store = MongoLedgerStorageEngine.builder()
                .database(client.getDatabase("ledger"))
                .registry(TestEvents.REGISTRY)
                .eventSerializer(TestEvents.serializer())
                .snapshotSerializer(TestEvents.serializer())
                .afterCommit(() -> {
                    flushes.incrementAndGet();
                    crashed.flush();
                })
                .build();
        List<String> acknowledged = appendConcurrently(store);
        // no orderly close: copy the file as it is now, as if the process died here
        Path copy = dataDirectory.resolve("copy");
        Files.createDirectories(copy);
        copyFile(dataDirectory.resolve("ledger.mv.db"), copy.resolve("ledger.mv.db"));
        client.close();
        crashed.close();

        assertThat(flushes.get()).isLessThan(THREADS * COMMITS_PER_THREAD);
        try (EmbeddedMongo mongo = EmbeddedMongo.onDisk(copy, 0);
                MongoClient reopened = mongo.client()) {
            MongoLedgerStorageEngine recovered = TestEvents.engine(reopened.getDatabase("ledger"));
            long head = recovered.reader().head().position();
            assertThat(head).isEqualTo(acknowledged.size());
            assertThat(recovered.reader().readStoredEvents(0, (int) head).stream()
                            .map(StoredEvent::eventId)
                            .toList())
                    .containsExactlyInAnyOrderElementsOf(acknowledged);
            assertThat(new StoredChain(recovered.reader(), TestEvents.REGISTRY).verify(1, head, n -> {}))
                    .isEqualTo(new ChainVerification(true, head, null, null));
        }
    }

    /** The event ids of every commit acknowledged, all threads together. */
    private static List<String> appendConcurrently(MongoLedgerStorageEngine store) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<String>>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            threads.add(pool.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int c = 0; c < COMMITS_PER_THREAD; c++) {
                    String aggregate = "crash-" + thread + "-" + c;
                    List<EventMessage<?>> commit = c % 2 == 0
                            ? List.of(recorded(aggregate, 0))
                            : List.of(recorded(aggregate, 0), bulletin(aggregate));
                    store.appendEvents(commit);
                    commit.forEach(e -> ids.add(e.getIdentifier()));
                }
                return ids;
            }));
        }
        List<String> acknowledged = new ArrayList<>();
        for (Future<List<String>> thread : threads) {
            acknowledged.addAll(thread.get());
        }
        pool.shutdown();
        return acknowledged;
    }

    private static void copyFile(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

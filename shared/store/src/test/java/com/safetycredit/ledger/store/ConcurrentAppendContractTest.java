package com.safetycredit.ledger.store;

import static com.safetycredit.ledger.store.testing.TestEvents.bulletin;
import static com.safetycredit.ledger.store.testing.TestEvents.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.chain.ChainVerification;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.store.testing.TestEvents;
import com.safetycredit.ledger.store.testing.TestMongo;
import com.safetycredit.ledger.store.testing.TrackingProcessorHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.junit.jupiter.api.Test;

/**
 * 8 threads × 500 commands, from two engines on two connections (as two JVMs), leave positions exactly 1…N
 * and a chain that verifies; a tracking processor sees every event once, in that order.
 */
class ConcurrentAppendContractTest {

    private static final int THREADS = 8;
    private static final int COMMANDS_PER_THREAD = 500;

    @Test
    void concurrentWritersInTwoEnginesLeaveAGapFreeChainThatATrackingProcessorFollowsInOrder() throws Exception {
        try (TestMongo mongo = TestMongo.start()) {
            MongoLedgerStorageEngine engineA = TestEvents.engine(mongo.newConnection());
            MongoLedgerStorageEngine engineB = TestEvents.engine(mongo.newConnection());
            EmbeddedEventStore eventStore =
                    EmbeddedEventStore.builder().storageEngine(engineA).build();
            ConcurrentLinkedQueue<Long> seen = new ConcurrentLinkedQueue<>();
            TrackingProcessorHarness processor = TrackingProcessorHarness.start(
                    eventStore,
                    mongo.newConnection(),
                    "follower",
                    event -> seen.add(TrackingProcessorHarness.positionOf(event)));

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<Integer>> written = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                MongoLedgerStorageEngine engine = t % 2 == 0 ? engineA : engineB;
                int thread = t;
                written.add(pool.submit(() -> writeCommands(engine, thread)));
            }
            long total = 0;
            for (Future<Integer> future : written) {
                total += future.get();
            }
            pool.shutdown();

            List<Long> positions = engineB.reader().readStoredEvents(0, (int) total + 10).stream()
                    .map(StoredEvent::position)
                    .toList();
            assertThat(positions)
                    .isEqualTo(LongStream.rangeClosed(1, total).boxed().toList());
            assertThat(engineA.reader().head().position()).isEqualTo(total);
            assertThat(new StoredChain(engineA.reader(), TestEvents.REGISTRY).verify(1, total, n -> {}))
                    .isEqualTo(new ChainVerification(true, total, null, null));

            processor.awaitPosition(total);
            processor.stop();
            assertThat(new ArrayList<>(seen))
                    .isEqualTo(LongStream.rangeClosed(1, total).boxed().toList());
        }
    }

    /** Each command appends one to three events: a new aggregate's first events, or a bulletin. */
    private static int writeCommands(MongoLedgerStorageEngine engine, int thread) {
        int events = 0;
        for (int c = 0; c < COMMANDS_PER_THREAD; c++) {
            String aggregate = "t" + thread + "-c" + c;
            List<EventMessage<?>> commit =
                    switch (c % 3) {
                        case 0 -> List.of(recorded(aggregate, 0));
                        case 1 -> List.of(recorded(aggregate, 0), recorded(aggregate, 1));
                        default -> List.of(
                                recorded(aggregate, 0), bulletin("from " + aggregate), recorded(aggregate, 1));
                    };
            engine.appendEvents(commit);
            events += commit.size();
        }
        return events;
    }
}

package com.safetycredit.ledger.store;

import static com.safetycredit.ledger.store.testing.TestEvents.bulletin;
import static com.safetycredit.ledger.store.testing.TestEvents.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.store.testing.TestEvents;
import com.safetycredit.ledger.store.testing.TestEvents.ThingRecorded;
import com.safetycredit.ledger.store.testing.TestMongo;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The processors' reads: every processor gets the same message for a position (deserialised once for all of
 * them), in order, from any token, across batches — and exactly what Axon's own path gives without recent events.
 */
class SharedMessagesTest {

    private final TestMongo mongo = TestMongo.start();
    private final MongoDatabase database = mongo.newConnection();

    @AfterEach
    void stop() {
        mongo.close();
    }

    private MongoLedgerStorageEngine engine(int recentEvents) {
        return engine(recentEvents, true);
    }

    private MongoLedgerStorageEngine engine(int recentEvents, boolean catchUpTogether) {
        LedgerSerializer serializer = TestEvents.serializer();
        return MongoLedgerStorageEngine.builder()
                .database(database)
                .registry(TestEvents.REGISTRY)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .recentEvents(recentEvents)
                .catchUpTogether(catchUpTogether)
                .batchSize(3) // several batches for seven events
                .build();
    }

    private static List<? extends TrackedEventMessage<?>> from(MongoLedgerStorageEngine engine, long after) {
        return engine.readEvents(after == 0 ? null : new GlobalSequenceTrackingToken(after), false)
                .toList();
    }

    private static List<Object> payloads(List<? extends EventMessage<?>> messages) {
        return messages.stream().map(m -> (Object) m.getPayload()).toList();
    }

    private static List<Long> positions(List<? extends TrackedEventMessage<?>> messages) {
        return messages.stream()
                .map(m -> m.trackingToken().position().orElseThrow())
                .toList();
    }

    @Test
    void everyReaderGetsTheSameMessagesInOrderAsAxonsOwnPathWould() {
        MongoLedgerStorageEngine shared = engine(100);
        for (int sequence = 0; sequence < 6; sequence++) {
            shared.appendEvents(recorded("thing-1", sequence));
        }
        shared.appendEvents(bulletin("公告"));

        List<? extends TrackedEventMessage<?>> first = from(shared, 0);
        List<? extends TrackedEventMessage<?>> second = from(shared, 0);
        assertThat(positions(first)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).as("position " + (i + 1)).isSameAs(first.get(i));
        }
        assertThat(positions(from(shared, 4))).containsExactly(5L, 6L, 7L);

        List<? extends TrackedEventMessage<?>> axons = from(engine(0), 0);
        assertThat(positions(axons)).isEqualTo(positions(first));
        assertThat(payloads(axons)).isEqualTo(payloads(first));
        assertThat(axons.stream().map(EventMessage::getIdentifier).toList())
                .isEqualTo(first.stream().map(EventMessage::getIdentifier).toList());
        assertThat(axons.stream().map(EventMessage::getMetaData).toList())
                .isEqualTo(first.stream().map(EventMessage::getMetaData).toList());
        assertThat(first.get(0).getPayload()).isInstanceOf(ThingRecorded.class);
    }

    /**
     * A message kept for the processors names its payload's type without deserialising it (Axon asks before it
     * hands a message to a handler), deserialises once, and then lets go of the JSON it was read from; a copy
     * with another token (a replay's) is the same event.
     */
    @Test
    void aKeptMessageDeserialisesOnceAndThenHoldsNoJson() {
        MongoLedgerStorageEngine shared = engine(100);
        shared.appendEvents(recorded("thing-1", 0));
        TrackedEventMessage<?> kept = from(shared, 0).get(0);
        TrackedEventMessage<?> axons = from(engine(0), 0).get(0);

        assertThat(kept.getPayloadType()).isEqualTo(ThingRecorded.class);
        assertThat(shared.trackingDeserialisations()).isEqualTo(new CountingSerializer.Counts(0, 0));
        assertThat(kept).extracting("read").isNotNull();

        assertThat(kept.getPayload()).isEqualTo(axons.getPayload());
        assertThat(kept.getMetaData()).isEqualTo(axons.getMetaData());
        assertThat(kept.getPayload()).isSameAs(kept.getPayload());
        assertThat(shared.trackingDeserialisations()).isEqualTo(new CountingSerializer.Counts(1, 1));
        assertThat(kept).extracting("read").as("the JSON read from the store").isNull();
        assertThat(kept.getIdentifier()).isEqualTo(axons.getIdentifier());
        assertThat(kept.getTimestamp()).isEqualTo(axons.getTimestamp());
        DomainEventMessage<?> domain = (DomainEventMessage<?>) kept;
        DomainEventMessage<?> axonsDomain = (DomainEventMessage<?>) axons;
        assertThat(domain.getAggregateIdentifier()).isEqualTo(axonsDomain.getAggregateIdentifier());
        assertThat(domain.getSequenceNumber()).isEqualTo(axonsDomain.getSequenceNumber());
        assertThat(domain.getType()).isEqualTo(axonsDomain.getType());

        TrackedEventMessage<?> replayed = kept.withTrackingToken(new GlobalSequenceTrackingToken(99));
        assertThat(replayed.trackingToken()).isEqualTo(new GlobalSequenceTrackingToken(99));
        assertThat(replayed.getPayload()).isSameAs(kept.getPayload());
        assertThat(replayed.getMetaData()).isEqualTo(kept.getMetaData());
        assertThat(replayed.getIdentifier()).isEqualTo(kept.getIdentifier());
        assertThat(((DomainEventMessage<?>) replayed).getSequenceNumber()).isEqualTo(domain.getSequenceNumber());
        assertThat(shared.trackingDeserialisations()).isEqualTo(new CountingSerializer.Counts(1, 1));
    }

    /** Every reader touches what a read model touches: the payload and the metadata of each message. */
    private static void readAll(MongoLedgerStorageEngine engine) {
        from(engine, 0).forEach(m -> {
            m.getPayload();
            m.getMetaData();
        });
    }

    @Test
    void aReplayDeserialisesEachEventOnceForAllReadersAsFarApartAsTheRecentEventsReach() {
        MongoLedgerStorageEngine shared = engine(20);
        for (int sequence = 0; sequence < 12; sequence++) {
            shared.appendEvents(recorded("thing-1", sequence));
        }
        // one reader after the other: the second is as far behind as a replay's slowest read model can be (the
        // whole ledger here), and still within the recent events kept
        for (int reader = 0; reader < 4; reader++) {
            readAll(shared);
        }
        assertThat(shared.trackingDeserialisations()).isEqualTo(new CountingSerializer.Counts(12, 12));
        assertThat(shared.eventsReadForProcessors()).isEqualTo(12);
    }

    /**
     * After a start or a reset every read model reads the same positions at the same time, each from the database:
     * still one message per position for all of them, so its payload is deserialised for all (two threads asking
     * for one message's payload at the very same moment may both deserialise it: Axon's lazy payload takes no lock).
     */
    @Test
    void readersStartingTogetherGetOneMessagePerPosition() throws Exception {
        MongoLedgerStorageEngine shared = engine(20);
        for (int sequence = 0; sequence < 12; sequence++) {
            shared.appendEvents(recorded("thing-1", sequence));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<List<? extends TrackedEventMessage<?>>> read = new java.util.ArrayList<>();
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<List<? extends TrackedEventMessage<?>>>> readers =
                    new java.util.ArrayList<>();
            for (int reader = 0; reader < 4; reader++) {
                readers.add(pool.submit(() -> {
                    start.await();
                    return from(shared, 0);
                }));
            }
            start.countDown();
            for (var reader : readers) {
                read.add(reader.get());
            }
        } finally {
            pool.shutdownNow();
        }
        for (var messages : read) {
            assertThat(positions(messages)).hasSize(12);
            for (int i = 0; i < 12; i++) {
                assertThat(messages.get(i))
                        .as("position " + (i + 1))
                        .isSameAs(read.get(0).get(i));
            }
        }
        read.forEach(messages -> messages.forEach(EventMessage::getPayload));
        assertThat(shared.trackingDeserialisations().payloads()).isEqualTo(12);
        // and read from the database once: the first reader reads, the others wait for it and take its batch
        assertThat(shared.eventsReadForProcessors()).isEqualTo(12);
    }

    @Test
    void aReaderFurtherBehindThanTheRecentEventsDeserialisesAgain() {
        MongoLedgerStorageEngine shared = engine(5);
        for (int sequence = 0; sequence < 12; sequence++) {
            shared.appendEvents(recorded("thing-1", sequence));
        }
        readAll(shared);
        readAll(shared);
        // the five latest (8 to 12) are still held; 1 to 7 are read and deserialised again
        assertThat(shared.trackingDeserialisations()).isEqualTo(new CountingSerializer.Counts(12 + 7, 12 + 7));
    }

    @Test
    void aReaderAtTheHeadSeesWhatIsAppendedLater() {
        MongoLedgerStorageEngine shared = engine(100);
        shared.appendEvents(recorded("thing-1", 0));
        assertThat(positions(from(shared, 0))).containsExactly(1L);
        assertThat(from(shared, 1)).isEmpty();
        shared.appendEvents(recorded("thing-1", 1));
        assertThat(positions(from(shared, 1))).containsExactly(2L);
        assertThat(positions(from(shared, 0))).containsExactly(1L, 2L);
    }

    /**
     * A long catch-up: one read model fast, one slow, further apart than the messages kept if each read at its own
     * pace. Paced, the fast one waits for the slow one to come within reach, and each event is deserialised once; at
     * their own pace the slow one reads behind the ring and deserialises again.
     */
    @Test
    void aFastReaderWaitsForASlowOneSoEachEventIsDeserialisedOnce() throws Exception {
        MongoLedgerStorageEngine paced = engine(12, true);
        MongoLedgerStorageEngine ownPace = engine(12, false);
        for (int sequence = 0; sequence < 30; sequence++) {
            paced.appendEvents(recorded("thing-1", sequence));
        }

        assertThat(fastAndSlowTogether(paced)).isEqualTo(new CountingSerializer.Counts(30, 30));
        assertThat(paced.catchUpWaitMillis()).isPositive();

        CountingSerializer.Counts apart = fastAndSlowTogether(ownPace);
        assertThat(apart.payloads()).isGreaterThan(30);
        assertThat(ownPace.catchUpWaitMillis()).isZero();
    }

    private static CountingSerializer.Counts fastAndSlowTogether(MongoLedgerStorageEngine engine) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        // the fast reader starts once the slow one is reading: a busy machine may otherwise start the slow one's
        // thread only after the fast one has read everything, and there is then no slower reader to wait for
        var slowIsReading = new java.util.concurrent.CountDownLatch(1);
        try {
            var slow = pool.submit(() -> {
                List<Long> seen = new java.util.ArrayList<>();
                try (var stream = engine.readEvents(null, false)) {
                    stream.forEach(m -> {
                        m.getPayload();
                        m.getMetaData();
                        seen.add(m.trackingToken().position().orElseThrow());
                        slowIsReading.countDown();
                        java.util.concurrent.locks.LockSupport.parkNanos(15_000_000L);
                    });
                }
                return seen;
            });
            var fast = pool.submit(() -> {
                slowIsReading.await();
                readAll(engine);
                return true;
            });
            assertThat(fast.get()).isTrue();
            assertThat(slow.get()).hasSize(30).isSorted();
        } finally {
            pool.shutdownNow();
        }
        return engine.trackingDeserialisations();
    }
}

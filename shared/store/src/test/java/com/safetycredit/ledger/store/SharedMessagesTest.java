package com.safetycredit.ledger.store;

import static com.safetycredit.ledger.store.testing.TestEvents.bulletin;
import static com.safetycredit.ledger.store.testing.TestEvents.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.store.testing.TestEvents;
import com.safetycredit.ledger.store.testing.TestEvents.ThingRecorded;
import com.safetycredit.ledger.store.testing.TestMongo;
import java.util.List;
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
        LedgerSerializer serializer = TestEvents.serializer();
        return MongoLedgerStorageEngine.builder()
                .database(database)
                .registry(TestEvents.REGISTRY)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .recentEvents(recentEvents)
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
}

package com.safetycredit.ledger.store;

import static com.safetycredit.ledger.store.testing.TestEvents.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.store.testing.TestEvents;
import com.safetycredit.ledger.store.testing.TestMongo;
import com.safetycredit.ledger.store.testing.TrackingProcessorHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A reset and replay delivers every event once, flagged as a replay, and the token stays small.
 *
 * <p>Guards the pinned Axon version: 4.12.3 and 4.13.0 stopped flagging replayed events (AxonFramework
 * issue 4453). Upgrading Axon is safe only while this test passes.
 */
class ReplayContractTest {

    private static final int EVENTS = 300;

    record Delivery(long position, boolean replay) {}

    @ParameterizedTest
    @EnumSource(TrackingProcessorHarness.Kind.class)
    void aResetReplaysEveryEventExactlyOnceFlaggedAsReplayAndTheTokenStaysSmall(TrackingProcessorHarness.Kind kind)
            throws Exception {
        try (TestMongo mongo = TestMongo.start()) {
            MongoDatabase database = mongo.newConnection();
            MongoLedgerStorageEngine store = TestEvents.engine(database);
            for (int i = 0; i < EVENTS; i++) {
                store.appendEvents(recorded("r" + i, 0));
            }
            EmbeddedEventStore eventStore =
                    EmbeddedEventStore.builder().storageEngine(store).build();
            List<Delivery> deliveries = new CopyOnWriteArrayList<>();
            TrackingProcessorHarness harness = TrackingProcessorHarness.start(
                    kind,
                    eventStore,
                    database,
                    "replayed-" + kind,
                    event -> deliveries.add(new Delivery(position(event), ReplayToken.isReplay(event))));
            harness.awaitPosition(EVENTS);
            assertThat(deliveries)
                    .extracting(Delivery::position)
                    .isEqualTo(LongStream.rangeClosed(1, EVENTS).boxed().toList());

            harness.processor().shutDown();
            harness.processor().resetTokens();
            deliveries.clear();
            harness.processor().start();
            harness.awaitPosition(EVENTS);

            List<Delivery> replayed = new ArrayList<>(deliveries);
            assertThat(replayed)
                    .extracting(Delivery::position)
                    .isEqualTo(LongStream.rangeClosed(1, EVENTS).boxed().toList());
            assertThat(replayed).allMatch(Delivery::replay, "every replayed event is flagged as a replay");

            deliveries.clear();
            store.appendEvents(recorded("after-replay", 0));
            harness.awaitPosition(EVENTS + 1);
            assertThat(deliveries).containsExactly(new Delivery(EVENTS + 1, false));
            assertThat(harness.processor().isReplaying()).isFalse();

            harness.stop();
            assertThat(harness.storedToken()).isEqualTo(new GlobalSequenceTrackingToken(EVENTS + 1));
            Document stored = database.getCollection("trackingtokens").find().first();
            assertThat(((Binary) stored.get("token")).length())
                    .as("stored token bytes")
                    .isLessThan(200);
        }
    }

    private static long position(TrackedEventMessage<?> event) {
        return TrackingProcessorHarness.positionOf(event);
    }
}

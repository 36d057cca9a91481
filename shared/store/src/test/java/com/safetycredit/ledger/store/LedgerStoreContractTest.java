package com.safetycredit.ledger.store;

import static com.safetycredit.ledger.store.testing.TestEvents.bulletin;
import static com.safetycredit.ledger.store.testing.TestEvents.exploding;
import static com.safetycredit.ledger.store.testing.TestEvents.recorded;
import static com.safetycredit.ledger.store.testing.TestEvents.recordedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import com.safetycredit.ledger.contracts.events.UnknownEventTypeException;
import com.safetycredit.ledger.store.testing.TestEvents;
import com.safetycredit.ledger.store.testing.TestEvents.ThingRecorded;
import com.safetycredit.ledger.store.testing.TestMongo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ledger store's contract. Runs on mongo-java-server, or on a real MongoDB given LEDGER_TEST_MONGO_URI. */
class LedgerStoreContractTest {

    private TestMongo mongo;
    private MongoDatabase database;
    private MongoLedgerStorageEngine store;

    @BeforeEach
    void start() {
        mongo = TestMongo.start();
        database = mongo.newConnection();
        store = TestEvents.engine(database);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private List<Long> storedPositions() {
        return store.reader().readStoredEvents(0, 10_000).stream()
                .map(StoredEvent::position)
                .toList();
    }

    @Test
    void positionsStartAtOneAndFollowAppendOrder() {
        store.appendEvents(recorded("a", 0), recorded("a", 1));
        store.appendEvents(bulletin("first bulletin"));
        store.appendEvents(recorded("b", 0));

        List<StoredEvent> events = store.reader().readStoredEvents(0, 100);
        assertThat(events).extracting(StoredEvent::position).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events)
                .extracting(StoredEvent::type)
                .containsExactly("ThingRecorded", "ThingRecorded", "BulletinPublished", "ThingRecorded");
        assertThat(store.reader().head().position()).isEqualTo(4);
        assertThat(store.reader().head().hash()).isEqualTo(events.get(3).hash());
    }

    @Test
    void trackingReadsDeliverEveryEventWithItsPositionAsToken() {
        store.appendEvents(recorded("a", 0), recorded("a", 1), recorded("a", 2));
        store.appendEvents(bulletin("hello"));

        List<? extends TrackedEventMessage<?>> all =
                store.readEvents(null, false).toList();
        assertThat(all)
                .extracting(e -> ((GlobalSequenceTrackingToken) e.trackingToken()).getGlobalIndex())
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(all.get(0).getPayload()).isEqualTo(new ThingRecorded("a", 0, "第0件 \"quoted\""));
        assertThat(all.get(0).getMetaData()).containsEntry("actor", "registrar-1");
        assertThat(all.get(3).getPayload()).isEqualTo(new TestEvents.BulletinPublished("hello"));

        // from a token in the middle of a commit (position 2 of commit 1..3)
        List<? extends TrackedEventMessage<?>> rest =
                store.readEvents(new GlobalSequenceTrackingToken(2), false).toList();
        assertThat(rest)
                .extracting(e -> ((GlobalSequenceTrackingToken) e.trackingToken()).getGlobalIndex())
                .containsExactly(3L, 4L);
    }

    @Test
    void aggregateEventsAreReadInSequenceFromAnyStartingPoint() {
        for (long sequence = 0; sequence < 250; sequence++) {
            store.appendEvents(recorded("long-lived", sequence));
            if (sequence % 50 == 0) {
                store.appendEvents(recorded("other-" + sequence, 0));
            }
        }
        List<Long> sequences = store.readEvents("long-lived")
                .asStream()
                .map(DomainEventMessage::getSequenceNumber)
                .toList();
        assertThat(sequences).isEqualTo(LongStream.range(0, 250).boxed().toList());

        List<Long> fromMiddle = store.readEvents("long-lived", 117)
                .asStream()
                .map(DomainEventMessage::getSequenceNumber)
                .toList();
        assertThat(fromMiddle).isEqualTo(LongStream.range(117, 250).boxed().toList());
        assertThat(store.readEvents("never-existed").asStream()).isEmpty();
    }

    @Test
    void aggregatesAreLoadedWholeAtEveryBatchBoundary() {
        // loads ask for 16 keys, then 64, then 256: sizes on and around those boundaries
        for (int size : new int[] {1, 15, 16, 17, 79, 80, 81, 336, 337}) {
            String id = "sized-" + size;
            for (long sequence = 0; sequence < size; sequence++) {
                store.appendEvents(recorded(id, sequence));
            }
            assertThat(store.readEvents(id).asStream().map(DomainEventMessage::getSequenceNumber))
                    .as("aggregate of " + size)
                    .isEqualTo(LongStream.range(0, size).boxed().toList());
        }
    }

    @Test
    void aCommitWithSeveralEventsIsStoredAllOrNothingWhenPreparingItFails() {
        store.appendEvents(recorded("a", 0));

        assertThatThrownBy(() -> store.appendEvents(List.of(recorded("b", 0), recorded("b", 1), exploding("b", 2))))
                .hasStackTraceContaining("serialization failed on purpose");

        assertThat(storedPositions()).containsExactly(1L);
        assertThat(store.readEvents("b").asStream()).isEmpty();
        store.appendEvents(recorded("c", 0));
        assertThat(storedPositions()).containsExactly(1L, 2L);
    }

    @Test
    void aCommitWithSeveralEventsIsStoredAllOrNothingWhenTheDatabaseRejectsOneOfThem() {
        store.appendEvents(recorded("a", 0), recorded("a", 1));

        // the third event collides with a stored one: the database refuses the whole commit
        assertThatThrownBy(() -> store.appendEvents(List.of(recorded("new", 0), recorded("new", 1), recorded("a", 1))))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(storedPositions()).containsExactly(1L, 2L);
        assertThat(store.readEvents("new").asStream()).isEmpty();
        assertThat(database.getCollection(LedgerCollections.COMMITS).countDocuments())
                .isEqualTo(1);
    }

    @Test
    void twoCommandsOnTheSameAggregateAtTheSameVersionOneWinsTheOtherAppendsNothing() throws Exception {
        MongoLedgerStorageEngine otherJvm = TestEvents.engine(mongo.newConnection());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String id = "contested-" + round;
                store.appendEvents(recorded(id, 0));
                CountDownLatch go = new CountDownLatch(1);
                Future<Throwable> first = pool.submit(() -> attempt(go, store, recorded(id, 1)));
                Future<Throwable> second = pool.submit(() -> attempt(go, otherJvm, recorded(id, 1)));
                go.countDown();
                List<Throwable> outcomes = new ArrayList<>(List.of(orNone(first.get()), orNone(second.get())));
                assertThat(outcomes).filteredOn(t -> t instanceof None).hasSize(1);
                assertThat(outcomes)
                        .filteredOn(t -> t instanceof ConcurrencyException)
                        .hasSize(1);
                assertThat(store.readEvents(id).asStream().map(DomainEventMessage::getSequenceNumber))
                        .containsExactly(0L, 1L);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Long> positions = storedPositions();
        assertThat(positions).isEqualTo(LongStream.rangeClosed(1, 40).boxed().toList());
    }

    @Test
    void creatingAnAggregateTwiceIsRefused() {
        store.appendEvents(recorded("twice", 0));
        assertThatThrownBy(() -> store.appendEvents(recorded("twice", 0)))
                .isInstanceOf(AggregateStreamCreationException.class)
                .hasMessageContaining("twice");
        assertThat(storedPositions()).containsExactly(1L);
    }

    @Test
    void theSameEventCannotBeStoredTwice() {
        EventMessage<?> once = bulletin("only once");
        store.appendEvents(once);
        assertThatThrownBy(() -> store.appendEvents(once)).isInstanceOf(EventStoreException.class);
        assertThat(storedPositions()).containsExactly(1L);
    }

    @Test
    void eventsAreStoredUnderStableNamesAndReadBackIntoWhicheverClassNowCarriesTheName() {
        store.appendEvents(recorded("renamed", 0));
        Document commit =
                database.getCollection(LedgerCollections.COMMITS).find().first();
        String storedType = commit.getList("events", Document.class).get(0).getString("type");
        assertThat(storedType).isEqualTo("ThingRecorded");
        assertThat(commit.toJson()).doesNotContain(ThingRecorded.class.getName());

        // the class is "renamed": a different Java class now carries the stable name
        EventTypeRegistry renamed = EventTypeRegistry.of(RenamedThing.class, TestEvents.BulletinPublished.class);
        LedgerSerializer serializer = new LedgerSerializer(JacksonSerializer.defaultSerializer(), renamed);
        MongoLedgerStorageEngine afterRefactoring = MongoLedgerStorageEngine.builder()
                .database(database)
                .registry(renamed)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        Object payload = afterRefactoring.readEvents("renamed").next().getPayload();
        assertThat(payload).isEqualTo(new RenamedThing("renamed", 0, "第0件 \"quoted\""));
    }

    @LedgerEvent(name = "ThingRecorded")
    record RenamedThing(String thingId, int number, String note) {}

    @Test
    void anEventWithoutAStableNameIsRefused() {
        record Unnamed(String x) {}
        assertThatThrownBy(() -> store.appendEvents(new GenericDomainEventMessage<>("Thing", "u", 0, new Unnamed("x"))))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("@LedgerEvent");
        assertThat(storedPositions()).isEmpty();
    }

    @Test
    void theNewestSnapshotIsKeptAndAnOlderOneNeverReplacesIt() {
        store.storeSnapshot(new GenericDomainEventMessage<>("Thing", "snap", 5, new ThingRecorded("snap", 5, "v5")));
        store.storeSnapshot(new GenericDomainEventMessage<>("Thing", "snap", 9, new ThingRecorded("snap", 9, "v9")));
        store.storeSnapshot(new GenericDomainEventMessage<>("Thing", "snap", 7, new ThingRecorded("snap", 7, "v7")));

        DomainEventMessage<?> snapshot = store.readSnapshot("snap").orElseThrow();
        assertThat(snapshot.getSequenceNumber()).isEqualTo(9);
        assertThat(snapshot.getPayload()).isEqualTo(new ThingRecorded("snap", 9, "v9"));
        assertThat(store.readSnapshot("none")).isEmpty();
    }

    @Test
    void headTailAndTimeTokens() {
        assertThat(store.createHeadToken()).isNull();
        Instant first = Instant.parse("2024-02-29T08:00:00Z");
        store.appendEvents(recordedAt("t", 0, first));
        store.appendEvents(recordedAt("t", 1, first.plusSeconds(1)));
        store.appendEvents(recordedAt("t", 2, first.plusSeconds(2)));
        Instant between = first.plusMillis(500);

        assertThat(store.createTailToken()).isNull();
        assertThat(store.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(3));
        assertThat(store.createTokenAt(between)).isEqualTo(new GlobalSequenceTrackingToken(1));
        assertThat(store.createTokenAt(Instant.EPOCH)).isNull();
        assertThat(store.createTokenAt(Instant.now().plusSeconds(60))).isEqualTo(new GlobalSequenceTrackingToken(3));
    }

    @Test
    void aNewEngineFindsTheHeadEvenWhenTheHintIsFarBehind() {
        for (int i = 0; i < 150; i++) {
            store.appendEvents(recorded("h-" + i, 0));
        }
        database.getCollection(LedgerCollections.META)
                .updateOne(
                        new Document("_id", "head"),
                        new Document(
                                "$set",
                                new Document("position", 10L)
                                        .append(
                                                "hash",
                                                store.reader()
                                                        .readStoredEvent(10)
                                                        .orElseThrow()
                                                        .hash())));

        MongoLedgerStorageEngine restarted = TestEvents.engine(mongo.newConnection());
        assertThat(restarted.reader().head()).isEqualTo(store.reader().head());
        restarted.appendEvents(recorded("after-restart", 0));
        assertThat(restarted.reader().head().position()).isEqualTo(151);
        assertThat(new StoredChain(restarted.reader(), TestEvents.REGISTRY)
                        .verify(1, 151, n -> {})
                        .ok())
                .isTrue();
    }

    private static Throwable attempt(CountDownLatch go, MongoLedgerStorageEngine engine, EventMessage<?> event)
            throws InterruptedException {
        go.await();
        try {
            engine.appendEvents(event);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static Throwable orNone(Throwable t) {
        return t == null ? new None() : t;
    }

    private static final class None extends Throwable {
        private static final long serialVersionUID = 1L;
    }

    static String describe(List<StoredEvent> events) {
        return events.stream().map(e -> e.position() + ":" + e.type()).collect(Collectors.joining(","));
    }
}

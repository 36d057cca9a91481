package com.safetycredit.ledger.store;

import static com.safetycredit.ledger.store.testing.TestEvents.bulletin;
import static com.safetycredit.ledger.store.testing.TestEvents.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.safetycredit.ledger.contracts.chain.ChainVerification;
import com.safetycredit.ledger.contracts.chain.LedgerHead;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.store.testing.TestEvents;
import com.safetycredit.ledger.store.testing.TestMongo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's invariants asserted where they are made and again where they are read: a commit must take the
 * positions right after the head and chain onto its hash before it is written; an event read must sit at the
 * position its commit claims. And the store's time comes from the clock it is given.
 */
class StoreAssertionsTest {

    private static final Instant NOW = Instant.parse("2024-02-29T08:30:00Z");

    private TestMongo mongo;
    private MongoDatabase database;
    private MongoLedgerStorageEngine store;

    @BeforeEach
    void start() {
        mongo = TestMongo.start();
        database = mongo.newConnection();
        LedgerSerializer serializer = TestEvents.serializer();
        store = MongoLedgerStorageEngine.builder()
                .database(database)
                .registry(TestEvents.REGISTRY)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private List<UnchainedEvent> unchained(String thing, int events) {
        List<UnchainedEvent> unchained = new ArrayList<>();
        for (int sequence = 0; sequence < events; sequence++) {
            unchained.add(UnchainedEvent.of(
                    recorded(thing, sequence), JacksonSerializer.defaultSerializer(), TestEvents.REGISTRY));
        }
        return unchained;
    }

    @Test
    void aCommitChainedOntoTheHeadPassesAndOneChainedElsewhereIsRefused() {
        LedgerHead head = new LedgerHead(41, "ab".repeat(32));
        LedgerCommit commit = LedgerCommit.chain(head, unchained("a", 3));
        CommitAppender.assertChainsOnto(head, commit);

        assertThatThrownBy(() -> CommitAppender.assertChainsOnto(new LedgerHead(40, head.hash()), commit))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not chain onto it at position 42");
        assertThatThrownBy(() -> CommitAppender.assertChainsOnto(new LedgerHead(41, "cd".repeat(32)), commit))
                .hasMessageContaining("at position 42");
        List<StoredEvent> events = new ArrayList<>(commit.events());
        events.set(1, events.get(1).withHash("00".repeat(32)));
        assertThatThrownBy(() -> CommitAppender.assertChainsOnto(head, new LedgerCommit(events)))
                .hasMessageContaining("at position 43");
    }

    @Test
    void anEventFoundAwayFromItsCommitsPositionsIsRefusedToReadersAndNamedByVerification() {
        store.appendEvents(recorded("a", 0));
        store.appendEvents(recorded("b", 0), recorded("b", 1), bulletin("three in one commit"));
        MongoCollection<Document> commits = database.getCollection(LedgerCollections.COMMITS);
        List<Document> events =
                new ArrayList<>(commits.find(Filters.eq("_id", 2L)).first().getList("events", Document.class));
        events.get(1).put("position", 7L); // events at 2, 7, 4 in a commit that claims 2, 3, 4
        commits.updateOne(Filters.eq("_id", 2L), Updates.set("events", events));
        LedgerReader fresh = TestEvents.engine(database).reader(); // no recently read events to answer from

        assertThatThrownBy(() -> fresh.readStoredEvents(0, 10))
                .isInstanceOf(CorruptLedgerException.class)
                .hasMessageContaining("position 3")
                .extracting(e -> ((CorruptLedgerException) e).position())
                .isEqualTo(3L);
        assertThatThrownBy(() -> fresh.readAggregateStoredEvents("b")).isInstanceOf(CorruptLedgerException.class);
        assertThat(fresh.readStoredEventsUnchecked(0, 4))
                .extracting(StoredEvent::position)
                .containsExactly(1L, 2L, 4L);
        ChainVerification verified = new StoredChain(fresh, TestEvents.REGISTRY).verify(1, 4, n -> {});
        assertThat(verified.ok()).isFalse();
        assertThat(verified.firstBadPosition()).isEqualTo(3);
        assertThat(verified.reason()).contains("missing position 3");
    }

    @Test
    void eventsKeptInAnotherOrderInsideTheirCommitAreStillWhereTheyBelong() {
        store.appendEvents(recorded("b", 0), recorded("b", 1), bulletin("three in one commit"));
        MongoCollection<Document> commits = database.getCollection(LedgerCollections.COMMITS);
        List<Document> events =
                new ArrayList<>(commits.find(Filters.eq("_id", 1L)).first().getList("events", Document.class));
        events.add(events.remove(0));
        commits.updateOne(Filters.eq("_id", 1L), Updates.set("events", events));
        LedgerReader fresh = TestEvents.engine(database).reader();

        assertThat(fresh.readStoredEvents(0, 10))
                .extracting(StoredEvent::position)
                .containsExactly(1L, 2L, 3L);
        assertThat(new StoredChain(fresh, TestEvents.REGISTRY)
                        .verify(1, 3, n -> {})
                        .ok())
                .isTrue();
    }

    @Test
    void whatIsReadIsWhatWasAppendedAtItsPositions() {
        store.appendEvents(recorded("a", 0), recorded("a", 1));
        store.appendEvents(bulletin("between"));
        store.appendEvents(recorded("a", 2));

        assertThat(store.reader().readStoredEvents(0, 10))
                .extracting(StoredEvent::position)
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(store.reader().readAggregateStoredEvents("a"))
                .extracting(StoredEvent::position)
                .containsExactly(1L, 2L, 4L);
        assertThat(store.reader().readAggregateStoredEvents("a"))
                .extracting(StoredEvent::sequence)
                .containsExactly(0L, 1L, 2L);
    }

    @Test
    void anAggregatesStreamUpToASequenceIsReadWithoutWhatFollows() {
        store.appendEvents(recorded("a", 0), recorded("a", 1));
        store.appendEvents(bulletin("between"));
        store.appendEvents(recorded("a", 2), recorded("b", 0));

        assertThat(store.reader().readAggregateStoredEvents("a", 1))
                .extracting(StoredEvent::sequence)
                .containsExactly(0L, 1L);
        assertThat(store.reader().readAggregateStoredEvents("a", 7))
                .extracting(StoredEvent::position)
                .containsExactly(1L, 2L, 4L);
        assertThat(store.reader().readAggregateStoredEvents("a", -1)).isEmpty();
        assertThat(store.reader().readAggregateStoredEvents("a", Long.MAX_VALUE))
                .as("all of it")
                .extracting(StoredEvent::sequence)
                .containsExactly(0L, 1L, 2L);
        assertThat(store.reader().readAggregateStoredEvents("c", 3)).isEmpty();
    }

    /** More than one question's worth of keys (1,024): the stream is read on across questions. */
    @Test
    void aLongStreamUpToASequenceIsReadAcrossQuestions() {
        for (int first = 0; first < 1_030; first += 10) { // commits of ten, as a busy enterprise's might be
            List<DomainEventMessage<?>> events = new ArrayList<>();
            for (int sequence = first; sequence < first + 10; sequence++) {
                events.add(recorded("a", sequence));
            }
            store.appendEvents(events);
        }

        assertThat(store.reader().readAggregateStoredEvents("a", 1_027))
                .extracting(StoredEvent::sequence)
                .hasSize(1_028)
                .startsWith(0L, 1L)
                .endsWith(1_026L, 1_027L);
        assertThat(store.reader().readAggregateStoredEvents("a", 5_000)).hasSize(1_030);
    }

    @Test
    void aCommitIsStampedWithTheInjectedClock() {
        store.appendEvents(recorded("a", 0));

        Document commit =
                database.getCollection(LedgerCollections.COMMITS).find().first();
        assertThat(commit.getDate("committedAt")).isEqualTo(Date.from(NOW));
    }
}

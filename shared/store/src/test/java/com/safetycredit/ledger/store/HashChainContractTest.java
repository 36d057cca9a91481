package com.safetycredit.ledger.store;

import static com.safetycredit.ledger.store.testing.TestEvents.bulletin;
import static com.safetycredit.ledger.store.testing.TestEvents.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.safetycredit.ledger.contracts.chain.ChainVerification;
import com.safetycredit.ledger.contracts.chain.HashChain;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.store.testing.TestEvents;
import com.safetycredit.ledger.store.testing.TestMongo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chain recomputes from position 1 to the head, and every kind of tampering names its first bad position. */
class HashChainContractTest {

    private static final int EVENTS = 40;

    private TestMongo mongo;
    private MongoDatabase database;
    private MongoLedgerStorageEngine store;
    private StoredChain chain;

    @BeforeEach
    void fillLedger() {
        mongo = TestMongo.start();
        database = mongo.newConnection();
        store = TestEvents.engine(database);
        chain = new StoredChain(store.reader(), TestEvents.REGISTRY);
        // commits of one, two and three events, so tampering hits every shape of commit
        int position = 0;
        for (int i = 0; position < EVENTS; i++) {
            switch (i % 3) {
                case 0 -> store.appendEvents(recorded("x" + i, 0));
                case 1 -> store.appendEvents(recorded("x" + i, 0), recorded("x" + i, 1));
                default -> store.appendEvents(recorded("x" + i, 0), bulletin("b" + i), recorded("x" + i, 1));
            }
            position = (int) store.reader().head().position();
        }
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private ChainVerification verifyAll() {
        return chain.verify(1, store.reader().head().position(), n -> {});
    }

    @Test
    void anUntouchedLedgerVerifiesFromPositionOneToTheHead() {
        ChainVerification result = verifyAll();
        assertThat(result.ok()).isTrue();
        assertThat(result.checked()).isEqualTo(store.reader().head().position());
        assertThat(result.firstBadPosition()).isNull();
    }

    @Test
    void eachHashCommitsToItsPredecessor() {
        List<StoredEvent> events = store.reader().readStoredEvents(0, 100);
        String previous = HashChain.GENESIS;
        for (StoredEvent event : events) {
            assertThat(event.hash()).isEqualTo(HashChain.next(previous, event)).hasSize(64);
            previous = event.hash();
        }
        assertThat(store.reader().head().hash()).isEqualTo(previous);
    }

    @Test
    void aRangeInTheMiddleVerifiesFromItsPredecessorsHash() {
        assertThat(chain.verify(17, 30, n -> {})).isEqualTo(new ChainVerification(true, 14, null, null));
    }

    @Test
    void changingOneByteOfAStoredPayloadIsDetectedAtThatPosition() {
        long target = 23;
        editEvent(target, event -> event.put("payload", flipOneCharacter(event.getString("payload"))));
        ChainVerification result = verifyAll();
        assertThat(result.ok()).isFalse();
        assertThat(result.firstBadPosition()).isEqualTo(target);
        assertThat(result.reason()).contains("hash mismatch");
        assertThat(result.checked()).isEqualTo(target - 1);
    }

    @Test
    void changingMetadataIsDetected() {
        editEvent(
                12, event -> event.put("metadata", event.getString("metadata").replace("registrar-1", "registrar-2")));
        assertThat(verifyAll().firstBadPosition()).isEqualTo(12);
    }

    @Test
    void deletingAWholeCommitIsDetectedAsAMissingPosition() {
        Document commit = commitHolding(20);
        commits().deleteOne(Filters.eq("_id", commit.get("_id")));
        long first = ((Number) commit.get("_id")).longValue();
        ChainVerification result = chain.verify(1, EVENTS, n -> {});
        assertThat(result.firstBadPosition()).isEqualTo(first);
        assertThat(result.reason()).contains("missing position " + first);
    }

    @Test
    void deletingOneEventFromInsideACommitIsDetected() {
        Document commit = commitOfSize(3);
        long middle = ((Number) commit.get("_id")).longValue() + 1;
        List<Document> events = new ArrayList<>(commit.getList("events", Document.class));
        events.remove(1);
        commits().updateOne(Filters.eq("_id", commit.get("_id")), Updates.set("events", events));
        ChainVerification result = verifyAll();
        assertThat(result.firstBadPosition()).isEqualTo(middle);
        assertThat(result.reason()).contains("missing position");
    }

    @Test
    void deletingTheLastEventsIsDetectedAgainstAHeadObtainedBefore() {
        long headSeenByAuditor = store.reader().head().position();
        Document last = commitHolding(headSeenByAuditor);
        commits().deleteOne(Filters.eq("_id", last.get("_id")));
        ChainVerification result = chain.verify(1, headSeenByAuditor, n -> {});
        assertThat(result.ok()).isFalse();
        assertThat(result.firstBadPosition()).isEqualTo(((Number) last.get("_id")).longValue());
    }

    @Test
    void swappingTwoEventsIsDetectedAtTheFirstOfThem() {
        editEvent(12, event -> event.put("position", 13L));
        editEvent(13, event -> event.put("position", 12L));
        ChainVerification result = verifyAll();
        assertThat(result.firstBadPosition()).isEqualTo(12);
        assertThat(result.reason()).contains("hash mismatch");
    }

    @Test
    void aForgedEventWithAHashComputedFromTheWrongPredecessorIsDetected() {
        long target = 30;
        editEvent(target, event -> {
            StoredEvent forged = LedgerCommit.fromDocument(event);
            forged = new StoredEvent(
                    forged.position(),
                    forged.eventId(),
                    forged.type(),
                    forged.revision(),
                    forged.aggregateType(),
                    forged.aggregateId(),
                    forged.sequence(),
                    forged.timestamp(),
                    forged.payload().replace("件", "伴"),
                    forged.metadata(),
                    null);
            event.put("payload", forged.payload());
            event.put("hash", HashChain.next(HashChain.GENESIS, forged)); // self-consistent, wrong link
        });
        assertThat(verifyAll().firstBadPosition()).isEqualTo(target);
    }

    @Test
    void aForgedEventCorrectlyLinkedBreaksTheNextLink() {
        long target = 30;
        String predecessorHash =
                store.reader().readStoredEvent(target - 1).orElseThrow().hash();
        editEvent(target, event -> {
            StoredEvent original = LedgerCommit.fromDocument(event);
            StoredEvent forged = new StoredEvent(
                    original.position(),
                    original.eventId(),
                    original.type(),
                    original.revision(),
                    original.aggregateType(),
                    original.aggregateId(),
                    original.sequence(),
                    original.timestamp(),
                    original.payload().replace("件", "伴"),
                    original.metadata(),
                    null);
            event.put("payload", forged.payload());
            event.put("hash", HashChain.next(predecessorHash, forged));
        });
        ChainVerification result = verifyAll();
        assertThat(result.firstBadPosition()).isEqualTo(target + 1);
    }

    @Test
    void anUnknownTypeNameIsDetected() {
        editEvent(5, event -> event.put("type", "SomethingNobodyRegistered"));
        ChainVerification result = verifyAll();
        assertThat(result.firstBadPosition()).isEqualTo(5);
        assertThat(result.reason()).contains("unknown event type");
    }

    // ------------------------------------------------------------------ tampering helpers (raw driver)

    private MongoCollection<Document> commits() {
        return database.getCollection(LedgerCollections.COMMITS);
    }

    private Document commitHolding(long position) {
        for (Document commit : commits().find()) {
            if (commit.getList("positions", Number.class).stream().anyMatch(p -> p.longValue() == position)) {
                return commit;
            }
        }
        throw new AssertionError("no commit holds position " + position);
    }

    private Document commitOfSize(int size) {
        for (Document commit : commits().find()) {
            if (commit.getList("events", Document.class).size() == size) {
                return commit;
            }
        }
        throw new AssertionError("no commit of " + size + " events");
    }

    private void editEvent(long position, Consumer<Document> edit) {
        Document commit = commitHolding(position);
        List<Document> events = new ArrayList<>(commit.getList("events", Document.class));
        for (Document event : events) {
            if (((Number) event.get("position")).longValue() == position) {
                edit.accept(event);
            }
        }
        commits().updateOne(Filters.eq("_id", commit.get("_id")), Updates.set("events", events));
    }

    /** Changes the first character of the first string value: one byte-level edit of the JSON text. */
    private static String flipOneCharacter(String json) {
        int i = json.indexOf("\":\"") + 3;
        char replacement = json.charAt(i) == 'X' ? 'Y' : 'X';
        return json.substring(0, i) + replacement + json.substring(i + 1);
    }
}

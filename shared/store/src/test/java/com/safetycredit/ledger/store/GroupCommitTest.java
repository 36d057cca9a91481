package com.safetycredit.ledger.store;

import static com.safetycredit.ledger.store.testing.TestEvents.bulletin;
import static com.safetycredit.ledger.store.testing.TestEvents.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.WriteConcernError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.contracts.chain.ChainVerification;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.store.testing.TestEvents;
import com.safetycredit.ledger.store.testing.TestMongo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group commit keeps every guarantee of a commit written alone: groups shaped exactly (a leader held in its
 * {@code afterCommit} while the next group queues) with a collision, a failing {@code afterCommit} and an insert
 * broken off midway; and many threads on two engines at once.
 */
class GroupCommitTest {

    private TestMongo mongo;
    private MongoDatabase database;
    private MongoLedgerStorageEngine reading;

    @BeforeEach
    void start() {
        mongo = TestMongo.start();
        database = mongo.newConnection();
        reading = TestEvents.engine(mongo.newConnection());
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aGroupInWhichOneCommitCollidesStoresTheOthersAndEachCallerReturnsAfterTheGroupsAfterCommit() throws Exception {
        try (HeldGroup group = new HeldGroup(database)) {
            Future<CommitReceipt.Commit> leader = group.holdLeader(recorded("b", 0));
            Future<CommitReceipt.Commit> first = group.queue(recorded("b", 1));
            // collides on its second event with the first commit of its own group: all of it refused
            Future<CommitReceipt.Commit> colliding = group.queue(recorded("c", 0), recorded("b", 1));
            Future<CommitReceipt.Commit> after = group.queue(recorded("d", 0), bulletin("after the collision"));
            assertThat(List.of(leader, first, colliding, after)).noneMatch(Future::isDone);

            group.release();

            assertThat(leader.get().head().position()).isEqualTo(1);
            assertThat(first.get()).satisfies(c -> assertThat(c.firstPosition()).isEqualTo(2));
            assertThat(failureOf(colliding))
                    .isInstanceOf(ConcurrencyException.class)
                    .hasMessageContaining("[b]")
                    .hasMessageContaining("sequence [1]");
            CommitReceipt.Commit last = after.get();
            assertThat(last.firstPosition()).isEqualTo(3);
            assertThat(last.head()).isEqualTo(reading.reader().head());
            assertThat(group.afterCommits()).isEqualTo(2); // the leader's, then one for the group of three
        }
        assertThat(storedPositions())
                .isEqualTo(LongStream.rangeClosed(1, 4).boxed().toList());
        assertThat(reading.reader().holdsEvent("c", 0)).isFalse();
        assertThat(database.getCollection(LedgerCollections.COMMITS).countDocuments())
                .isEqualTo(3);
        assertChainVerifies(4);
    }

    @Test
    void aCallerReturnsOnlyOnceTheAfterCommitOfItsOwnGroupHasRun() throws Exception {
        try (HeldGroup group = new HeldGroup(database)) {
            group.hold(2);
            group.holdLeader(recorded("n", 0));
            Future<CommitReceipt.Commit> first = group.queue(recorded("n", 1));
            Future<CommitReceipt.Commit> second = group.queue(recorded("o", 0));

            group.release();
            group.awaitHeld(2); // the group of two is stored, its afterCommit under way

            assertThat(storedPositions()).containsExactly(1L, 2L, 3L);
            assertThat(List.of(first, second)).noneMatch(Future::isDone);
            group.release(2);
            assertThat(second.get().head().position()).isEqualTo(3);
            assertThat(first.get().firstPosition()).isEqualTo(2);
        }
    }

    @Test
    void aGroupWhosePositionsAnotherWriterTookIsChainedOntoItsHead() throws Exception {
        MongoLedgerStorageEngine otherJvm = TestEvents.engine(mongo.newConnection());
        try (HeldGroup group = new HeldGroup(database)) {
            group.holdLeader(recorded("e", 0));
            Future<CommitReceipt.Commit> first = group.queue(recorded("e", 1));
            Future<CommitReceipt.Commit> creating = group.queue(recorded("other", 0));
            // meanwhile another engine takes position 2 and creates "other": the group re-chains onto position 2
            otherJvm.appendEvents(recorded("other", 0));

            group.release();

            assertThat(first.get().firstPosition()).isEqualTo(3);
            assertThat(failureOf(creating))
                    .isInstanceOf(AggregateStreamCreationException.class)
                    .hasMessageContaining("other");
        }
        assertThat(storedPositions()).isEqualTo(List.of(1L, 2L, 3L));
        assertChainVerifies(3);
    }

    @Test
    void anAfterCommitThatThrowsFailsEveryCallerOfItsGroupAndNoneReturnsSuccess() throws Exception {
        try (HeldGroup group = new HeldGroup(database)) {
            group.failAfterCommit(2);
            Future<CommitReceipt.Commit> leader = group.holdLeader(recorded("f", 0));
            List<Future<CommitReceipt.Commit>> groupOfThree = List.of(
                    group.queue(recorded("f", 1)),
                    group.queue(recorded("g", 0), recorded("g", 1)),
                    group.queue(bulletin("in the failing group")));

            group.release();

            assertThat(leader.get().firstPosition()).isEqualTo(1);
            for (Future<CommitReceipt.Commit> caller : groupOfThree) {
                assertThat(failureOf(caller))
                        .isInstanceOf(EventStoreException.class)
                        .hasMessageContaining("was stored, but making it durable failed")
                        .hasRootCauseMessage("the disk is full (on purpose)");
            }
            assertThat(group.afterCommits()).isEqualTo(2);
            // the next commit starts from the head it finds again, right after what the failed group stored
            assertThat(group.append(recorded("h", 0)).get().firstPosition()).isEqualTo(6);
        }
        assertChainVerifies(6);
    }

    @Test
    void anInsertTheDatabaseBreaksOffAtOneCommitStoresThoseBeforeItAndRetriesThoseAfterIt() throws Exception {
        AtomicReference<BiFunction<MongoCollection<Document>, List<Document>, RuntimeException>> sabotage =
                new AtomicReference<>((commits, documents) -> {
                    commits.insertOne(documents.get(0));
                    return new MongoBulkWriteException(
                            BulkWriteResult.acknowledged(1, 0, 0, 0, List.of(), List.of()),
                            List.of(new BulkWriteError(2, "document refused on purpose", new BsonDocument(), 1)),
                            null,
                            new ServerAddress(),
                            Set.of());
                });
        try (HeldGroup group = new HeldGroup(sabotaged(database, sabotage))) {
            group.holdLeader(recorded("i", 0));
            Future<CommitReceipt.Commit> before = group.queue(recorded("i", 1));
            Future<CommitReceipt.Commit> refused = group.queue(recorded("j", 0));
            Future<CommitReceipt.Commit> after = group.queue(recorded("k", 0));

            group.release();

            assertThat(before.get().firstPosition()).isEqualTo(2);
            assertThat(failureOf(refused))
                    .isInstanceOf(EventStoreException.class)
                    .hasMessageContaining("document refused on purpose")
                    .hasMessageContaining("nothing of it was stored");
            assertThat(after.get().firstPosition()).isEqualTo(3);
            assertThat(sabotage.get()).isNull(); // the sabotage struck
            assertThat(group.afterCommits()).isEqualTo(2);
        }
        assertThat(reading.reader().holdsEvent("j", 0)).isFalse();
        assertChainVerifies(3);
    }

    @Test
    void anInsertBrokenOffWithoutSayingWhereTellsEachCallerWhetherItsOwnCommitWasStored() throws Exception {
        AtomicReference<BiFunction<MongoCollection<Document>, List<Document>, RuntimeException>> sabotage =
                new AtomicReference<>((commits, documents) -> {
                    commits.insertOne(documents.get(0));
                    return new MongoSocketReadException("connection dropped on purpose", new ServerAddress());
                });
        try (HeldGroup group = new HeldGroup(sabotaged(database, sabotage))) {
            group.holdLeader(recorded("l", 0));
            Future<CommitReceipt.Commit> stored = group.queue(recorded("l", 1));
            Future<CommitReceipt.Commit> lost = group.queue(recorded("m", 0), recorded("m", 1));

            group.release();

            assertThat(stored.get().firstPosition()).isEqualTo(2); // stored, found by its hash, made durable
            assertThat(failureOf(lost))
                    .isInstanceOf(EventStoreException.class)
                    .hasMessageContaining("nothing of it was stored")
                    .hasRootCauseMessage("connection dropped on purpose");
            assertThat(sabotage.get()).isNull();
            assertThat(group.append(recorded("m", 0)).get().firstPosition()).isEqualTo(3);
        }
        assertChainVerifies(3);
    }

    /**
     * The database stored the whole group but did not confirm the write concern (a replica set that could not
     * reach its majority): every caller hears that its commit was stored but may not survive a fail-over, none is
     * acknowledged, and the next append probes the head rather than trust it.
     */
    @Test
    void aGroupStoredWithoutTheWriteConcernConfirmedIsAcknowledgedToNoCaller() throws Exception {
        AtomicReference<BiFunction<MongoCollection<Document>, List<Document>, RuntimeException>> sabotage =
                new AtomicReference<>((commits, documents) -> {
                    commits.insertMany(documents);
                    return new MongoBulkWriteException(
                            BulkWriteResult.acknowledged(documents.size(), 0, 0, 0, List.of(), List.of()),
                            List.of(),
                            new WriteConcernError(
                                    64, "WriteConcernFailed", "waiting for replication timed out", new BsonDocument()),
                            new ServerAddress(),
                            Set.of());
                });
        try (HeldGroup group = new HeldGroup(sabotaged(database, sabotage))) {
            group.holdLeader(recorded("w", 0));
            Future<CommitReceipt.Commit> first = group.queue(recorded("w", 1));
            Future<CommitReceipt.Commit> second = group.queue(recorded("x", 0), recorded("x", 1));

            group.release();

            for (Future<CommitReceipt.Commit> unconfirmed : List.of(first, second)) {
                assertThat(failureOf(unconfirmed))
                        .isInstanceOf(EventStoreException.class)
                        .hasMessageContaining("was stored, but the database did not confirm the write concern")
                        .hasRootCauseInstanceOf(MongoBulkWriteException.class);
            }
            assertThat(sabotage.get()).isNull(); // the sabotage struck
            assertThat(group.afterCommits()).isEqualTo(1); // the leader's own group only
            assertThat(group.append(recorded("y", 0)).get().firstPosition()).isEqualTo(5);
        }
        assertThat(reading.reader().holdsEvent("x", 1)).isTrue();
        assertChainVerifies(5);
    }

    /**
     * The insert broke off without saying where, and the look-up that would tell each caller whether its commit
     * was stored failed too: no caller is told its commit was stored or that it was not — each hears that it is
     * not known — and the ledger goes on from what is really there.
     */
    @Test
    void anInsertAndItsLookUpBothBrokenOffLeaveEveryCallerToldItIsNotKnown() throws Exception {
        AtomicBoolean lookUpsFail = new AtomicBoolean();
        AtomicReference<BiFunction<MongoCollection<Document>, List<Document>, RuntimeException>> sabotage =
                new AtomicReference<>((commits, documents) -> {
                    commits.insertOne(documents.get(0));
                    lookUpsFail.set(true);
                    return new MongoSocketReadException("connection dropped on purpose", new ServerAddress());
                });
        try (HeldGroup group = new HeldGroup(sabotaged(database, sabotage, lookUpsFail))) {
            group.holdLeader(recorded("p", 0));
            Future<CommitReceipt.Commit> stored = group.queue(recorded("p", 1));
            Future<CommitReceipt.Commit> lost = group.queue(recorded("q", 0));

            group.release();

            for (Future<CommitReceipt.Commit> unknown : List.of(stored, lost)) {
                assertThat(failureOf(unknown))
                        .isInstanceOf(EventStoreException.class)
                        .hasMessageContaining("whether it was stored is not known")
                        .hasRootCauseMessage("connection dropped on purpose");
            }
            lookUpsFail.set(false);
            assertThat(group.append(recorded("q", 0)).get().firstPosition()).isEqualTo(3);
        }
        assertThat(reading.reader().holdsEvent("p", 1)).isTrue(); // stored after all, though no caller heard so
        assertChainVerifies(3);
    }

    /**
     * 8 threads on two engines (as two JVMs), each flushing a file of its own to disk after a group: every
     * acknowledged commit is stored where its receipt says, positions 1…N without a gap, the chain verifies, exactly
     * the colliding callers got a {@link ConcurrencyException} — and groups really formed (fewer flushes than
     * commits).
     */
    @Test
    void manyThreadsOnTwoEnginesStoreEveryAcknowledgedCommitAndFormGroups(@TempDir Path folder) throws Exception {
        int threads = 8;
        int rounds = 60;
        AtomicInteger flushes = new AtomicInteger();
        List<MongoLedgerStorageEngine> engines = List.of(
                flushingEngine(mongo.newConnection(), folder.resolve("a"), flushes),
                flushingEngine(mongo.newConnection(), folder.resolve("b"), flushes));
        for (int round = 0; round < rounds; round += 4) {
            engines.get(0).appendEvents(recorded("contested-" + round, 0)); // every thread then appends its event 1
        }
        int setUp = flushes.get();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Outcome>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> appendRounds(engines.get(thread % 2), thread, rounds)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<List<Outcome>> future : futures) {
            outcomes.addAll(future.get());
        }
        pool.shutdown();

        for (int round = 0; round < rounds; round++) {
            int r = round;
            List<Outcome> ofRound =
                    outcomes.stream().filter(o -> o.round() == r).toList();
            if (round % 4 == 0) {
                assertThat(ofRound).filteredOn(Outcome::acknowledged).hasSize(1);
                assertThat(ofRound)
                        .filteredOn(o -> o.failure() instanceof ConcurrencyException)
                        .hasSize(threads - 1);
            } else {
                assertThat(ofRound).allMatch(Outcome::acknowledged);
            }
        }
        long total = rounds / 4
                + outcomes.stream()
                        .filter(Outcome::acknowledged)
                        .mapToLong(o -> o.events().size())
                        .sum();
        assertThat(storedPositions())
                .isEqualTo(LongStream.rangeClosed(1, total).boxed().toList());
        assertChainVerifies(total);
        List<StoredEvent> stored = reading.reader().readStoredEvents(0, (int) total + 10);
        for (Outcome outcome : outcomes) {
            assertStoredAsReceived(outcome, stored);
        }
        long acknowledged = outcomes.stream().filter(Outcome::acknowledged).count();
        assertThat(flushes.get() - setUp).isLessThan((int) acknowledged);
    }

    /** Off, every commit pays its own {@code afterCommit}: what the count of flushes above tells apart. */
    @Test
    void withoutGroupCommitEveryCommitHasAnAfterCommitOfItsOwn(@TempDir Path folder) throws Exception {
        AtomicInteger flushes = new AtomicInteger();
        MongoLedgerStorageEngine alone = MongoLedgerStorageEngine.builder()
                .database(mongo.newConnection())
                .registry(TestEvents.REGISTRY)
                .eventSerializer(TestEvents.serializer())
                .snapshotSerializer(TestEvents.serializer())
                .afterCommit(() -> {
                    flushes.incrementAndGet();
                    forceWrite(folder.resolve("alone"));
                })
                .groupCommit(false)
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(pool.submit(() -> {
                for (int c = 0; c < 25; c++) {
                    alone.appendEvents(
                            recorded("alone-" + thread + "-" + c, 0), recorded("alone-" + thread + "-" + c, 1));
                }
            }));
        }
        for (Future<?> thread : threads) {
            thread.get();
        }
        pool.shutdown();
        assertThat(flushes.get()).isEqualTo(100);
        assertThat(storedPositions())
                .isEqualTo(LongStream.rangeClosed(1, 200).boxed().toList());
        assertChainVerifies(200);
    }

    private record Outcome(int round, List<EventMessage<?>> events, CommitReceipt receipt, Throwable failure) {

        boolean acknowledged() {
            return failure == null;
        }
    }

    /** Each round one commit: on contested rounds every thread's event 1 of the same aggregate, else 1–3 events. */
    private static List<Outcome> appendRounds(MongoLedgerStorageEngine engine, int thread, int rounds) {
        List<Outcome> outcomes = new ArrayList<>(rounds);
        for (int round = 0; round < rounds; round++) {
            String own = "t" + thread + "-r" + round;
            List<EventMessage<?>> events =
                    switch (round % 4) {
                        case 0 -> List.of(recorded("contested-" + round, 1));
                        case 1 -> List.of(recorded(own, 0));
                        case 2 -> List.of(recorded(own, 0), recorded(own, 1));
                        default -> List.of(recorded(own, 0), bulletin("from " + own), recorded(own, 1));
                    };
            try {
                outcomes.add(new Outcome(round, events, CommitReceipt.of(() -> engine.appendEvents(events)), null));
            } catch (RuntimeException e) {
                outcomes.add(new Outcome(round, events, null, e));
            }
        }
        return outcomes;
    }

    /** An acknowledged commit holds exactly its events at the positions of its receipt; a failed one none of them. */
    private static void assertStoredAsReceived(Outcome outcome, List<StoredEvent> ledger) {
        List<String> ids =
                outcome.events().stream().map(EventMessage::getIdentifier).toList();
        if (!outcome.acknowledged()) {
            assertThat(ledger).map(StoredEvent::eventId).doesNotContainAnyElementsOf(ids);
            return;
        }
        assertThat(outcome.receipt().commits()).hasSize(1);
        CommitReceipt.Commit commit = outcome.receipt().commits().get(0);
        List<StoredEvent> stored = ledger.subList(
                (int) commit.firstPosition() - 1, (int) commit.head().position());
        assertThat(stored).map(StoredEvent::eventId).isEqualTo(ids);
        StoredEvent last = stored.get(stored.size() - 1);
        assertThat(commit.head().position()).isEqualTo(last.position());
        assertThat(commit.head().hash()).isEqualTo(last.hash());
    }

    /** An engine as the server's on its file: after each commit (a group) a write forced to disk. */
    private static MongoLedgerStorageEngine flushingEngine(MongoDatabase database, Path file, AtomicInteger flushes) {
        return MongoLedgerStorageEngine.builder()
                .database(database)
                .registry(TestEvents.REGISTRY)
                .eventSerializer(TestEvents.serializer())
                .snapshotSerializer(TestEvents.serializer())
                .afterCommit(() -> {
                    flushes.incrementAndGet();
                    forceWrite(file);
                })
                .build();
    }

    private static void forceWrite(Path file) {
        try (FileChannel channel = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(new byte[] {1}));
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Throwable failureOf(Future<?> future) throws InterruptedException {
        try {
            future.get();
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("expected the append to fail, but it returned");
    }

    /** The positions stored from 1 on without a gap; fails if any event is stored beyond them. */
    private List<Long> storedPositions() {
        int eventsInCommits = database
                .getCollection(LedgerCollections.COMMITS)
                .find()
                .map(commit -> commit.getList("events", Document.class).size())
                .into(new ArrayList<>())
                .stream()
                .mapToInt(Integer::intValue)
                .sum();
        List<Long> positions = reading.reader().readStoredEvents(0, eventsInCommits + 10).stream()
                .map(StoredEvent::position)
                .toList();
        assertThat(positions).hasSize(eventsInCommits);
        return positions;
    }

    private void assertChainVerifies(long total) {
        assertThat(reading.reader().head().position()).isEqualTo(total);
        assertThat(new StoredChain(reading.reader(), TestEvents.REGISTRY).verify(1, total, n -> {}))
                .isEqualTo(new ChainVerification(true, total, null, null));
    }

    /**
     * The database, but the next {@code insertMany} of more than one commit is broken off by {@code sabotage}: it
     * may store some of the documents itself and returns the failure the driver would have thrown.
     */
    private static MongoDatabase sabotaged(
            MongoDatabase real,
            AtomicReference<BiFunction<MongoCollection<Document>, List<Document>, RuntimeException>> sabotage) {
        return sabotaged(real, sabotage, new AtomicBoolean());
    }

    /** As above, and every look-up of a commit ({@code find}) fails while {@code lookUpsFail} is set. */
    private static MongoDatabase sabotaged(
            MongoDatabase real,
            AtomicReference<BiFunction<MongoCollection<Document>, List<Document>, RuntimeException>> sabotage,
            AtomicBoolean lookUpsFail) {
        MongoCollection<Document> commits = real.getCollection(LedgerCollections.COMMITS);
        MongoCollection<Document> sabotagedCommits = proxy(MongoCollection.class, commits, (method, args) -> {
            if (method.getName().equals("find") && lookUpsFail.get()) {
                throw new MongoSocketReadException("connection dropped again on purpose", new ServerAddress());
            }
            if (method.getName().equals("insertMany") && args[0] instanceof List<?> documents && documents.size() > 1) {
                var strike = sabotage.getAndSet(null);
                if (strike != null) {
                    throw strike.apply(
                            commits,
                            documents.stream().map(Document.class::cast).toList());
                }
            }
            return null;
        });
        return proxy(
                MongoDatabase.class,
                real,
                (method, args) -> method.getName().equals("getCollection")
                                && args.length == 1
                                && LedgerCollections.COMMITS.equals(args[0])
                        ? sabotagedCommits
                        : null);
    }

    private interface Intercept {
        /** The answer to this call, or {@code null} to pass it on. */
        Object answer(Method method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, Object target, Intercept intercept) {
        InvocationHandler handler = (self, method, args) -> {
            Object[] arguments = args == null ? new Object[0] : args;
            Object answer = intercept.answer(method, arguments);
            if (answer != null) {
                return answer;
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(GroupCommitTest.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}

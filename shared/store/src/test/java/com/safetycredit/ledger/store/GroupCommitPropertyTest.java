package com.safetycredit.ledger.store;

import static com.safetycredit.ledger.store.testing.TestEvents.bulletin;
import static com.safetycredit.ledger.store.testing.TestEvents.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.chain.ChainVerification;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.store.testing.TestEvents;
import com.safetycredit.ledger.store.testing.TestMongo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Random groups of commits — events of three aggregates at low sequences, so they often collide with each other
 * and with what is stored, and events of no aggregate — stored as one group, against a model that appends the same
 * commits one by one: a commit is stored iff none of its (aggregate, sequence) is taken; the stored ones take the
 * next positions in queue order; the chain verifies; the whole group costs one {@code afterCommit} (none if it stored
 * nothing).
 */
class GroupCommitPropertyTest {

    /** One event: of an aggregate at a sequence, or (aggregate {@code null}) of none. */
    record Key(String aggregate, long sequence) {

        boolean ofAggregate() {
            return aggregate != null;
        }

        EventMessage<?> event() {
            return ofAggregate() ? recorded(aggregate, sequence) : bulletin("no aggregate");
        }
    }

    @Provide
    Arbitrary<List<List<Key>>> groups() {
        Arbitrary<Key> ofAggregate = Combinators.combine(
                        Arbitraries.of("a", "b", "c"), Arbitraries.longs().between(0, 2))
                .as(Key::new);
        Arbitrary<Key> key =
                Arbitraries.frequencyOf(Tuple.of(5, ofAggregate), Tuple.of(1, Arbitraries.just(new Key(null, 0))));
        Arbitrary<List<Key>> commit = key.list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .filter(keys ->
                        keys.stream().filter(Key::ofAggregate).distinct().count()
                                == keys.stream().filter(Key::ofAggregate).count());
        return commit.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 40)
    void aGroupStoresExactlyWhatAppendingItsCommitsOneByOneWouldStore(@ForAll("groups") List<List<Key>> commits)
            throws Exception {
        try (TestMongo mongo = TestMongo.start();
                HeldGroup group = new HeldGroup(mongo.newConnection())) {
            MongoLedgerStorageEngine reading = TestEvents.engine(mongo.newConnection());
            EventMessage<?> leaderEvent = recorded("a", 0);
            Future<CommitReceipt.Commit> leader = group.holdLeader(leaderEvent);
            List<List<EventMessage<?>>> messages = new ArrayList<>();
            List<Future<CommitReceipt.Commit>> callers = new ArrayList<>();
            for (List<Key> commit : commits) {
                List<EventMessage<?>> events =
                        commit.stream().<EventMessage<?>>map(Key::event).toList();
                messages.add(events);
                callers.add(group.queue(events));
            }
            group.release();
            leader.get();

            Set<Key> taken = new HashSet<>(Set.of(new Key("a", 0)));
            List<String> expected = new ArrayList<>(List.of(leaderEvent.getIdentifier()));
            for (int i = 0; i < commits.size(); i++) {
                List<Key> keys = commits.get(i);
                List<Key> colliding = keys.stream().filter(taken::contains).toList();
                if (colliding.isEmpty()) {
                    CommitReceipt.Commit receipt = callers.get(i).get();
                    assertThat(receipt.firstPosition()).isEqualTo(expected.size() + 1L);
                    messages.get(i).forEach(e -> expected.add(e.getIdentifier()));
                    assertThat(receipt.head().position()).isEqualTo(expected.size());
                    keys.stream().filter(Key::ofAggregate).forEach(taken::add);
                } else {
                    assertRefusedFor(colliding, failureOf(callers.get(i)));
                }
            }
            List<StoredEvent> stored = reading.reader().readStoredEvents(0, expected.size() + 10);
            assertThat(stored).map(StoredEvent::eventId).isEqualTo(expected);
            assertThat(reading.reader().head().position()).isEqualTo(expected.size());
            assertThat(new StoredChain(reading.reader(), TestEvents.REGISTRY).verify(1, expected.size(), n -> {}))
                    .isEqualTo(new ChainVerification(true, expected.size(), null, null));
            // the leader's, and one for the whole group unless the group stored nothing
            assertThat(group.afterCommits()).isEqualTo(expected.size() > 1 ? 2 : 1);
        }
    }

    /** A collision at sequence 0 is a second creation; later, a concurrent change; several may name either. */
    private static void assertRefusedFor(List<Key> colliding, Throwable failure) {
        boolean creations = colliding.stream().anyMatch(k -> k.sequence() == 0);
        boolean changes = colliding.stream().anyMatch(k -> k.sequence() > 0);
        List<Class<?>> allowed = new ArrayList<>();
        if (creations) {
            allowed.add(AggregateStreamCreationException.class);
        }
        if (changes) {
            allowed.add(ConcurrencyException.class);
        }
        assertThat(allowed).anyMatch(type -> type.isInstance(failure));
        assertThat(colliding).anyMatch(k -> failure.getMessage().contains("[" + k.aggregate() + "]"));
    }

    private static Throwable failureOf(Future<?> future) throws InterruptedException {
        try {
            future.get();
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("expected the append to be refused, but it was stored");
    }
}

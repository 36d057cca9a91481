package com.safetycredit.ledger.store;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.safetycredit.ledger.store.testing.TestEvents;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.EventMessage;

/**
 * A group-committing appender whose first {@code afterCommit} holds until released: the commits queued meanwhile
 * form the next group, in the order they were queued. Lets a test shape a group exactly, and count the
 * {@code afterCommit}s (one per group).
 */
final class HeldGroup implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final AtomicInteger afterCommits = new AtomicInteger();
    /** For each {@code afterCommit} call (from 1) that holds: counted down once it holds, and to let it go. */
    private final Map<Integer, CountDownLatch> held = new ConcurrentHashMap<>();

    private final Map<Integer, CountDownLatch> released = new ConcurrentHashMap<>();
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final CommitAppender appender;
    private volatile int failingAfterCommit = -1;

    HeldGroup(MongoDatabase database) {
        LedgerCollections collections = new LedgerCollections(database);
        collections.ensureIndexes();
        this.appender = new CommitAppender(
                collections, new HeadTracker(collections), Clock.systemUTC(), this::afterCommit, true);
        hold(1);
    }

    private void afterCommit() {
        int call = afterCommits.incrementAndGet();
        if (held.containsKey(call)) {
            held.get(call).countDown();
            awaitQuietly(released.get(call));
        }
        if (call == failingAfterCommit) {
            throw new IllegalStateException("the disk is full (on purpose)");
        }
    }

    /** The {@code afterCommit} of the n-th group (from 1) throws. */
    void failAfterCommit(int call) {
        failingAfterCommit = call;
    }

    /** The n-th {@code afterCommit} (from 1; the first always) holds until {@link #release(int)}. */
    void hold(int call) {
        held.put(call, new CountDownLatch(1));
        released.put(call, new CountDownLatch(1));
    }

    /** Returns once the n-th {@code afterCommit} holds. */
    void awaitHeld(int call) {
        awaitQuietly(held.get(call));
    }

    void release(int call) {
        released.get(call).countDown();
    }

    /** Appends the leader's commit; returns once it is stored and its {@code afterCommit} holds. */
    Future<CommitReceipt.Commit> holdLeader(EventMessage<?>... events) {
        Future<CommitReceipt.Commit> leader = append(events);
        awaitHeld(1);
        return leader;
    }

    /** Queues a commit behind those queued; returns once it waits in the queue. */
    Future<CommitReceipt.Commit> queue(List<? extends EventMessage<?>> events) {
        int before = appender.queued();
        Future<CommitReceipt.Commit> commit = append(events.toArray(EventMessage<?>[]::new));
        await().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(1))
                .atMost(PATIENCE)
                .until(() -> appender.queued() == before + 1);
        return commit;
    }

    Future<CommitReceipt.Commit> queue(EventMessage<?>... events) {
        return queue(Arrays.asList(events));
    }

    /** Lets the leader's {@code afterCommit} return: the queued commits are then written as one group. */
    void release() {
        release(1);
    }

    /** Appends on a caller thread of its own. */
    Future<CommitReceipt.Commit> append(EventMessage<?>... events) {
        List<UnchainedEvent> unchained = Arrays.stream(events)
                .map(e -> UnchainedEvent.of(e, TestEvents.serializer(), TestEvents.REGISTRY))
                .toList();
        return callers.submit(() -> appender.append(unchained));
    }

    int afterCommits() {
        return afterCommits.get();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited in vain for " + PATIENCE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        released.values().forEach(CountDownLatch::countDown);
        callers.shutdownNow();
    }
}

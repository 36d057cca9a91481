package com.safetycredit.ledger.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Keeps the processors that catch up on the ledger within reach of one another, so that what one reads and
 * deserialises is still among the shared messages when the others get there. Without it, in a long catch-up
 * the read models drift apart by more than the messages kept (the profiles write in large batches, the history
 * does not), and each event was read from the store and deserialised 2.73 times at 1,000,000 events
 * (docs/benchmarks.md). The read models finish when the slowest does either way; reading ahead alone only
 * makes the others pay twice.
 *
 * <p>A reader about to read from the store waits while it is more than {@code window} positions ahead of the
 * slowest reader that is still moving — but never near the head (live processing never waits for a read model
 * being rebuilt), never for a reader that has not moved for {@code stalled} (stuck, failing, or closed without
 * saying so), and never longer than {@code patience} at a time. So the pace can slow a reader to one read per
 * {@code patience}, never stop one; the slack between the window and the messages kept absorbs what a reader
 * reads ahead while a slower one writes a large batch.
 */
final class CatchUpPace {

    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final long window;
    private final long patienceNanos;
    private final long stalledNanos;
    private final Set<Reader> readers = ConcurrentHashMap.newKeySet();

    /**
     * @param window how far ahead of the slowest moving reader a reader may read (0: no pace)
     * @param patienceNanos the longest one wait
     * @param stalledNanos after how long without moving a reader is no longer waited for
     */
    CatchUpPace(long window, long patienceNanos, long stalledNanos) {
        this.window = window;
        this.patienceNanos = patienceNanos;
        this.stalledNanos = stalledNanos;
    }

    boolean isEnabled() {
        return window > 0;
    }

    /** A reader starting after {@code position}; {@link Reader#close()} it when its stream closes. */
    Reader join(long position) {
        Reader reader = new Reader(position);
        if (isEnabled()) {
            readers.add(reader);
        }
        return reader;
    }

    /** How many readers are following the ledger. */
    int readers() {
        return readers.size();
    }

    /** One processor's stream: how far it has read, and when it last moved. */
    final class Reader implements AutoCloseable {

        private volatile long position;
        private volatile long movedAt = System.nanoTime();
        private volatile boolean closed;

        private Reader(long position) {
            this.position = position;
        }

        /** The reader has read up to {@code position}. */
        void movedTo(long position) {
            this.position = position;
            this.movedAt = System.nanoTime();
            if (isEnabled() && !closed) {
                readers.add(this); // back after a stall (see below)
            }
        }

        /**
         * Before a read from the store: waits while this reader is too far ahead of the slowest moving one and far
         * from the {@code head}. Returns how long it waited, in nanoseconds.
         */
        long awaitTurn(LongSupplier head) {
            if (!isEnabled()) {
                return 0;
            }
            long start = System.nanoTime();
            long headPosition = -1;
            while (System.nanoTime() - start < patienceNanos) {
                long slowest = slowestMovingOther(System.nanoTime());
                if (slowest < 0 || position - slowest <= window) {
                    break;
                }
                if (headPosition < 0) {
                    headPosition = head.getAsLong();
                }
                if (headPosition - position <= window) {
                    break;
                }
                LockSupport.parkNanos(PAUSE_NANOS);
            }
            return System.nanoTime() - start;
        }

        private long slowestMovingOther(long now) {
            long slowest = -1;
            for (Reader other : readers) {
                if (other == this) {
                    continue;
                }
                if (now - other.movedAt >= stalledNanos) {
                    // stalled, or at the head with nothing new, or a stream never closed: not waited for, not kept
                    readers.remove(other);
                } else if (slowest < 0 || other.position < slowest) {
                    slowest = other.position;
                }
            }
            return slowest;
        }

        long position() {
            return position;
        }

        @Override
        public void close() {
            closed = true;
            readers.remove(this);
        }
    }
}

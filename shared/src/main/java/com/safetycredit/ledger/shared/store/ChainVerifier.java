package com.safetycredit.ledger.shared.store;

import com.safetycredit.ledger.shared.events.EventTypeRegistry;

import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Recomputes the hash chain over stored events and reports the first position that does not hold:
 * a missing position, an event stored under the wrong position, a hash that does not match its content
 * or its predecessor, or a type name the registry does not know.
 *
 * <p>Works on any ordered source of {@link StoredEvent}s, so the server and the offline verifier share it.
 */
public final class ChainVerifier {

    private final EventTypeRegistry registry;

    public ChainVerifier(EventTypeRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param events           the events in position order, starting at {@code firstPosition}
     * @param firstPosition    the position the range starts at (1 for the whole ledger)
     * @param previousHash     the trusted hash at {@code firstPosition - 1} ({@link HashChain#GENESIS} at 1)
     * @param expectedLast     the last position the range must reach (e.g. a head obtained separately)
     * @param progress         told the number of events checked, now and then
     */
    public ChainVerification verify(Iterator<StoredEvent> events, long firstPosition, String previousHash,
                                    long expectedLast, LongConsumer progress) {
        long expected = firstPosition;
        String hash = previousHash;
        long checked = 0;
        while (events.hasNext()) {
            StoredEvent event = events.next();
            if (event.position() != expected) {
                return event.position() > expected
                        ? ChainVerification.failed(checked, expected, "missing position " + expected)
                        : ChainVerification.failed(checked, expected, "position " + event.position()
                        + " found where " + expected + " was expected (reordered or duplicated)");
            }
            if (registry.forName(event.type()).isEmpty()) {
                return ChainVerification.failed(checked, expected, "unknown event type " + event.type());
            }
            String recomputed = HashChain.next(hash, event);
            if (!recomputed.equals(event.hash())) {
                return ChainVerification.failed(checked, expected, "hash mismatch: stored " + event.hash()
                        + ", recomputed " + recomputed + " (content changed, or not linked to position "
                        + (expected - 1) + ")");
            }
            hash = recomputed;
            checked++;
            expected++;
            if (checked % 1_000 == 0) {
                progress.accept(checked);
            }
        }
        progress.accept(checked);
        if (expected <= expectedLast) {
            return ChainVerification.failed(checked, expected, "missing position " + expected
                    + " (the range should reach " + expectedLast + ")");
        }
        return ChainVerification.passed(checked);
    }

    /** Verifies positions {@code from … to} of a store, reading in exact-key batches. */
    public ChainVerification verify(MongoLedgerStorageEngine store, long from, long to, LongConsumer progress) {
        if (from < 1 || to < from - 1) {
            throw new IllegalArgumentException("Verify needs 1 <= from <= to + 1, got from=" + from + ", to=" + to);
        }
        String previousHash = from == 1 ? HashChain.GENESIS
                : store.readStoredEvent(from - 1).map(StoredEvent::hash).orElse(null);
        if (previousHash == null) {
            return ChainVerification.failed(0, from - 1, "missing position " + (from - 1));
        }
        return verify(new BatchIterator(store, from - 1, to), from, previousHash, to, progress);
    }

    /** Verifies positions {@code from … to} of a store from a trusted hash at {@code from − 1} (e.g. a digest). */
    public ChainVerification verifyFrom(MongoLedgerStorageEngine store, long from, long to, String trustedPreviousHash,
                                        LongConsumer progress) {
        return verify(new BatchIterator(store, from - 1, to), from, trustedPreviousHash, to, progress);
    }

    /** Pages through the store 500 positions at a time; stops at the first gap or at {@code to}. */
    private static final class BatchIterator implements Iterator<StoredEvent> {
        private static final int BATCH = 500;
        private final MongoLedgerStorageEngine store;
        private final long to;
        private long after;
        private Iterator<StoredEvent> batch = List.<StoredEvent>of().iterator();
        private boolean exhausted;

        BatchIterator(MongoLedgerStorageEngine store, long after, long to) {
            this.store = store;
            this.after = after;
            this.to = to;
        }

        @Override
        public boolean hasNext() {
            if (batch.hasNext()) {
                return true;
            }
            if (exhausted || after >= to) {
                return false;
            }
            List<StoredEvent> next = store.readStoredEventsUnchecked(after, (int) Math.min(BATCH, to - after));
            if (next.isEmpty()) {
                exhausted = true;
                return false;
            }
            after = next.get(next.size() - 1).position();
            batch = next.iterator();
            return true;
        }

        @Override
        public StoredEvent next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return batch.next();
        }
    }
}

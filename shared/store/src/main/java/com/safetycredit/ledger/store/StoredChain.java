package com.safetycredit.ledger.store;

import com.safetycredit.ledger.contracts.chain.ChainVerification;
import com.safetycredit.ledger.contracts.chain.ChainVerifier;
import com.safetycredit.ledger.contracts.chain.HashChain;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongConsumer;

/**
 * The hash chain as the store holds it: {@link ChainVerifier} over positions read from the database, never
 * from a cache, because verification must see what is stored rather than what should be.
 */
public final class StoredChain {

    private final LedgerReader store;
    private final ChainVerifier verifier;

    public StoredChain(LedgerReader store, EventTypeRegistry registry) {
        this.store = store;
        this.verifier = new ChainVerifier(registry);
    }

    /** Verifies positions {@code from … to} of a store, reading in exact-key batches. */
    public ChainVerification verify(long from, long to, LongConsumer progress) {
        if (from < 1 || to < from - 1) {
            throw new IllegalArgumentException("Verify needs 1 <= from <= to + 1, got from=" + from + ", to=" + to);
        }
        String previousHash = from == 1
                ? HashChain.GENESIS
                : store.readStoredEventsUnchecked(from - 2, 1).stream()
                        .filter(e -> e.position() == from - 1)
                        .map(StoredEvent::hash)
                        .findFirst()
                        .orElse(null);
        if (previousHash == null) {
            return new ChainVerification(false, 0, from - 1, "missing position " + (from - 1));
        }
        return verifier.verify(new BatchIterator(store, from - 1, to), from, previousHash, to, progress);
    }

    /** Verifies positions {@code from … to} of a store from a trusted hash at {@code from − 1} (e.g. a digest). */
    public ChainVerification verifyFrom(long from, long to, String trustedPreviousHash, LongConsumer progress) {
        return verifier.verify(new BatchIterator(store, from - 1, to), from, trustedPreviousHash, to, progress);
    }

    /** Pages through the store 500 positions at a time; stops at the first gap or at {@code to}. */
    private static final class BatchIterator implements Iterator<StoredEvent> {
        private static final int BATCH = 500;
        private final LedgerReader store;
        private final long to;
        private long after;
        private Iterator<StoredEvent> batch = List.<StoredEvent>of().iterator();
        private boolean exhausted;

        BatchIterator(LedgerReader store, long after, long to) {
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
                throw new NoSuchElementException();
            }
            return batch.next();
        }
    }
}

package com.safetycredit.ledger.store;

import com.safetycredit.ledger.contracts.chain.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The events most recently read by position, shared by every processor that follows the ledger. After a
 * start (or a replay) each processor reads the same positions at nearly the same time; without this each
 * of them asks the database for every commit again. A stored event never changes once its position is taken,
 * so a copy is as good as the original — but only for the tracking reads: verification always reads the
 * database, because it must see what is stored, not what was.
 *
 * <p>A ring indexed by position: a slot holds one position's event until a position {@code capacity} later
 * takes it. No locks: a slot is replaced whole, and a reader checks the position of what it finds.
 */
final class RecentEvents {

    private final AtomicReferenceArray<StoredEvent> slots;

    RecentEvents(int capacity) {
        this.slots = new AtomicReferenceArray<>(Math.max(capacity, 0));
    }

    void remember(List<StoredEvent> events) {
        if (slots.length() == 0) {
            return;
        }
        for (StoredEvent event : events) {
            slots.set((int) (event.position() % slots.length()), event);
        }
    }

    /** The events at {@code after+1, after+2, …}, as many as are held in a row (at most {@code limit}). */
    List<StoredEvent> from(long after, int limit) {
        List<StoredEvent> found = new ArrayList<>();
        if (slots.length() == 0) {
            return found;
        }
        for (long position = after + 1; position <= after + limit; position++) {
            StoredEvent event = slots.get((int) (position % slots.length()));
            if (event == null || event.position() != position) {
                break;
            }
            found.add(event);
        }
        return found;
    }
}

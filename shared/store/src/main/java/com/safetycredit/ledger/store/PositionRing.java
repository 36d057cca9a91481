package com.safetycredit.ledger.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.ToLongFunction;

/**
 * What was read most recently at each position, shared by every reader that follows the ledger. A ring indexed
 * by position: a slot holds one position's item until a position {@code capacity} later takes it. No locks: a
 * slot is replaced whole, and a reader checks the position of what it finds. A stored event never changes once
 * its position is taken, so a copy is as good as the original.
 *
 * @param <T> what is kept per position
 */
class PositionRing<T> {

    private final AtomicReferenceArray<T> slots;
    private final ToLongFunction<T> positionOf;

    PositionRing(int capacity, ToLongFunction<T> positionOf) {
        this.slots = new AtomicReferenceArray<>(Math.max(capacity, 0));
        this.positionOf = positionOf;
    }

    final boolean isEnabled() {
        return slots.length() > 0;
    }

    final void remember(List<? extends T> items) {
        if (slots.length() == 0) {
            return;
        }
        for (T item : items) {
            slots.set((int) (positionOf.applyAsLong(item) % slots.length()), item);
        }
    }

    /**
     * Keeps the items, and answers with the ones every reader is to share: where a slot already holds an item of the
     * same position (another reader read that position from the database at the same time), that one rather than
     * the new copy — so readers that start together, as after a start or a reset, still get one item per position.
     * A slot holding a later position is left as it is.
     */
    final List<T> share(List<T> items) {
        if (slots.length() == 0) {
            return items;
        }
        List<T> shared = new ArrayList<>(items.size());
        for (T item : items) {
            shared.add(share(item));
        }
        return shared;
    }

    private T share(T item) {
        long position = positionOf.applyAsLong(item);
        int slot = (int) (position % slots.length());
        while (true) {
            T held = slots.get(slot);
            if (held != null && positionOf.applyAsLong(held) >= position) {
                return positionOf.applyAsLong(held) == position ? held : item;
            }
            if (slots.compareAndSet(slot, held, item)) {
                return item;
            }
        }
    }

    /** The items at {@code after+1, after+2, …}, as many as are held in a row (at most {@code limit}). */
    final List<T> from(long after, int limit) {
        List<T> found = new ArrayList<>();
        if (slots.length() == 0) {
            return found;
        }
        for (long position = after + 1; position <= after + limit; position++) {
            T item = slots.get((int) (position % slots.length()));
            if (item == null || positionOf.applyAsLong(item) != position) {
                break;
            }
            found.add(item);
        }
        return found;
    }
}

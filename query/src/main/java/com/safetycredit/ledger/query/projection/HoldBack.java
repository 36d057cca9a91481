package com.safetycredit.ledger.query.projection;

import java.util.function.LongSupplier;

/**
 * When a read model far behind the ledger's head (a catch-up, a replay) holds batches back to write them together
 * ({@link CheckpointedProjection.Batch#holdBack}): while it is more than {@code behind} events behind the head, and
 * for at most {@code events} events from the first batch held. Near the head nothing is held: a clerk's read after
 * a write waits for the checkpoint, which a held batch does not move.
 */
public record HoldBack(LongSupplier head, long behind, long events) {

    /** Nothing ever held. */
    public static final HoldBack NEVER = new HoldBack(() -> 0, Long.MAX_VALUE, 0);

    /**
     * Whether a batch that reached {@code reached} may be held, the first held (or this batch, if none is) having
     * begun at {@code since}.
     */
    public boolean allows(long reached, long since) {
        return head.getAsLong() - reached > behind && since >= 0 && reached - since < events;
    }
}

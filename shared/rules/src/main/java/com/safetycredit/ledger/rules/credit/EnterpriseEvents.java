package com.safetycredit.ledger.rules.credit;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where the rules read an enterprise's facts: its own event stream as the ledger holds it. A port — the
 * store implements it; the rules never see a database.
 */
public interface EnterpriseEvents {

    /**
     * One event of the stream: its ledger position, when it was recorded, and its payload — read only when
     * asked for, since a record as of a position or a moment leaves the later events unread.
     */
    record Recorded(long position, Instant recordedAt, Supplier<Object> payload) {}

    /** Every event of the enterprise's stream, in sequence order; empty for an enterprise never registered. */
    List<Recorded> of(String uscc);

    /**
     * The stream's events at sequences {@code 0 … lastSequence}, in sequence order (fewer where it is shorter). A
     * store reads only those; this default takes them from the whole stream.
     */
    default List<Recorded> of(String uscc, long lastSequence) {
        List<Recorded> all = of(uscc);
        if (lastSequence < 0) {
            return List.of();
        }
        return lastSequence >= all.size() ? all : all.subList(0, (int) lastSequence + 1);
    }
}

package com.safetycredit.ledger.store;

import com.safetycredit.ledger.contracts.chain.StoredEvent;

/**
 * The events most recently read by position, shared by every processor that follows the ledger. After a
 * start (or a replay) each processor reads the same positions at nearly the same time; without this each
 * of them asks the database for every commit again — but only for the tracking reads: verification always
 * reads the database, because it must see what is stored, not what was.
 */
final class RecentEvents extends PositionRing<StoredEvent> {

    RecentEvents(int capacity) {
        super(capacity, StoredEvent::position);
    }
}

package com.safetycredit.ledger.store;

import org.axonframework.eventsourcing.eventstore.EventStoreException;

/**
 * What was read is not where the ledger put it: a commit whose events do not sit at its positions. Never
 * handed on; the chain's verification ({@link StoredChain}) names the first bad position.
 */
public class CorruptLedgerException extends EventStoreException {

    private static final long serialVersionUID = 1L;

    private final long position;

    public CorruptLedgerException(long position, String detail) {
        super("The ledger is damaged at position " + position + ": " + detail
                + "; verify the chain (GET /api/v1/ledger/verify) to see where");
        this.position = position;
    }

    public long position() {
        return position;
    }
}

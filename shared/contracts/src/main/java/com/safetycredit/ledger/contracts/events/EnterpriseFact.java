package com.safetycredit.ledger.contracts.events;

import java.time.LocalDate;

/**
 * An event about one enterprise. Carries both clocks of the ledger: {@link #validOn()} is when it happened
 * or was decided in the world; the record time is the event's timestamp and position.
 */
public interface EnterpriseFact {

    /** The enterprise's unified social credit code, which is also its aggregate identifier. */
    String uscc();

    /** Valid time: the date the fact took effect in the world. */
    LocalDate validOn();
}

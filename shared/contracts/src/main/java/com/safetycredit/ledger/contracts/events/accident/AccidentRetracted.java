package com.safetycredit.ledger.contracts.events.accident;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * The accident was recorded in error. It stays in the history; it no longer counts.
 */
@LedgerEvent(name = "AccidentRetracted", revision = 1)
public record AccidentRetracted(String uscc, String accidentId, String reason, LocalDate retractedOn)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return retractedOn;
    }
}

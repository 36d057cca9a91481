package com.safetycredit.ledger.contracts.events.accident;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * The investigation concluded (批复): whether it was a liability accident.
 */
@LedgerEvent(name = "AccidentConcluded", revision = 1)
public record AccidentConcluded(String uscc, String accidentId, boolean liable, LocalDate concludedOn, String replyNo)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return concludedOn;
    }
}

package com.safetycredit.ledger.contracts.events.objection;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * The objection was decided: {@code UPHELD}, with the correcting event ({@code correction}: {@code RETRACTION},
 * {@code ANNULMENT}) appended in the same commit, or {@code REJECTED} with its reasons.
 */
@LedgerEvent(name = "ObjectionDecided", revision = 1)
public record ObjectionDecided(
        String uscc,
        String objectionId,
        String decision,
        LocalDate decidedOn,
        String reason,
        String correction,
        boolean late)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

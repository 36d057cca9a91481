package com.safetycredit.ledger.contracts.events.penalty;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * The penalty was recorded in error (an objection upheld): it stays in the history, it no longer counts and is no
 * longer published.
 *
 * @param objectionId the upheld objection that corrected it
 */
@LedgerEvent(name = "PenaltyRetracted", revision = 1)
public record PenaltyRetracted(String uscc, String penaltyId, String reason, LocalDate retractedOn, String objectionId)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return retractedOn;
    }
}

package com.safetycredit.ledger.contracts.events.redlist;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * Recorded by the ledger: an adverse fact ended the red-list decision on {@code lostOn}.
 *
 * @param causeType the event type of the adverse fact (e.g. {@code PenaltyImposed})
 * @param causeId   the identifier of that fact (penalty, accident, hazard, …)
 */
@LedgerEvent(name = "RedListDecisionLost", revision = 1)
public record RedListDecisionLost(String uscc, String decisionId, LocalDate lostOn, String causeType, String causeId)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return lostOn;
    }
}

package com.safetycredit.ledger.contracts.events.redlist;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/** The department revoked its red-list decision: not in force from {@code decidedOn}. */
@LedgerEvent(name = "RedListDecisionRevoked", revision = 1)
public record RedListDecisionRevoked(
        String uscc, String decisionId, LocalDate decidedOn, String decisionNo, String reason)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

package com.safetycredit.ledger.contracts.events.redlist;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/** Recorded by the ledger on the day: the red-list decision reached the end of its term. */
@LedgerEvent(name = "RedListDecisionExpired", revision = 1)
public record RedListDecisionExpired(String uscc, String decisionId, LocalDate expiredOn) implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return expiredOn;
    }
}

package com.safetycredit.ledger.contracts.events.suspension;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/** The suspension order {@code orderId} ended: the rectified enterprise may resume production from {@code resumedOn}. */
@LedgerEvent(name = "ProductionResumed", revision = 1)
public record ProductionResumed(String uscc, String orderId, LocalDate resumedOn, String decisionNo)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return resumedOn;
    }
}

package com.safetycredit.ledger.contracts.events.suspension;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/** The enterprise was ordered to stop production and rectify (责令停产整改); in force until it may resume. */
@LedgerEvent(name = "SuspensionOrdered", revision = 1)
public record SuspensionOrdered(String uscc, String orderId, LocalDate orderedOn, String decisionNo, String reason)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return orderedOn;
    }
}

package com.safetycredit.ledger.contracts.events.objection;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/** The objection's handling was extended, once, to the longer period; {@code dueOn} is the new due date. */
@LedgerEvent(name = "ObjectionExtended", revision = 1)
public record ObjectionExtended(String uscc, String objectionId, LocalDate extendedOn, String reason, LocalDate dueOn)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return extendedOn;
    }
}

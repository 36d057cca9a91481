package com.safetycredit.ledger.contracts.events.listing;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * Early removal (信用修复) granted after the minimum time on the list.
 */
@LedgerEvent(name = "ListingRemovedEarly", revision = 1)
public record ListingRemovedEarly(String uscc, String listingId, String decisionNo, LocalDate decidedOn)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

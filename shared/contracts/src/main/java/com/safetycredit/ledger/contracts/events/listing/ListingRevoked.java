package com.safetycredit.ledger.contracts.events.listing;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * The listing was annulled (e.g. made in error, or its penalty was overturned).
 */
@LedgerEvent(name = "ListingRevoked", revision = 1)
public record ListingRevoked(String uscc, String listingId, String reason, LocalDate decidedOn)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

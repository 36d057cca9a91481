package com.safetycredit.ledger.contracts.events.listing;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * The management period ended; appended by the ledger itself on the expiry day.
 */
@LedgerEvent(name = "ListingExpired", revision = 1)
public record ListingExpired(String uscc, String listingId, LocalDate expiredOn) implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return expiredOn;
    }
}

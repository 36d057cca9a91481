package com.safetycredit.ledger.contracts.events.listing;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * The authority's decision on a credit repair application: {@code APPROVED} (the listing is removed early, by a
 * {@code ListingRemovedEarly} in the same commit) or {@code REJECTED} with its reason.
 */
@LedgerEvent(name = "CreditRepairDecided", revision = 1)
public record CreditRepairDecided(
        String uscc,
        String repairId,
        String listingId,
        String decision,
        LocalDate decidedOn,
        String decisionNo,
        String reason)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

package com.safetycredit.ledger.contracts.events.listing;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * The early removal was obtained by fraud and is revoked: the listing runs again from {@code decidedOn} for the
 * period it had left when it was removed, so it ends on {@code expiresOn}.
 *
 * @param repairId the repair decision revoked, or {@code null} when the listing was removed early without one
 */
@LedgerEvent(name = "ListingReinstated", revision = 1)
public record ListingReinstated(
        String uscc,
        String listingId,
        LocalDate decidedOn,
        String decisionNo,
        String reason,
        String repairId,
        LocalDate expiresOn)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

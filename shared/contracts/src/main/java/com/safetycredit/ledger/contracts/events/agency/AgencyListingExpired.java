package com.safetycredit.ledger.contracts.events.agency;

import com.safetycredit.ledger.contracts.events.AgencyFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/** The agency's listing reached the end of its management period; appended by the ledger on the day. */
@LedgerEvent(name = "AgencyListingExpired", revision = 1)
public record AgencyListingExpired(String agencyUscc, String listingId, LocalDate expiredOn) implements AgencyFact {

    @Override
    public LocalDate validOn() {
        return expiredOn;
    }
}

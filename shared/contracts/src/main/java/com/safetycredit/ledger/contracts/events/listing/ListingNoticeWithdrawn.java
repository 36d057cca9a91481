package com.safetycredit.ledger.contracts.events.listing;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/** The authority decided not to list after its notice (the statement convinced it, or the facts fell away). */
@LedgerEvent(name = "ListingNoticeWithdrawn", revision = 1)
public record ListingNoticeWithdrawn(String uscc, String noticeId, LocalDate decidedOn, String reason)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

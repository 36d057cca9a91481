package com.safetycredit.ledger.contracts.events.listing;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * The enterprise's statement (陈述、申辩) on a listing notice, as received; the decision must answer it.
 *
 * @param waivesStatementPeriod the enterprise gives up the rest of its statement period: the decision may come
 *                              before the period ends
 * @param late                  received after the statement deadline (recorded all the same, and answered)
 */
@LedgerEvent(name = "ListingStatementReceived", revision = 1)
public record ListingStatementReceived(
        String uscc,
        String noticeId,
        String statementId,
        LocalDate receivedOn,
        String summary,
        boolean waivesStatementPeriod,
        boolean late)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return receivedOn;
    }
}

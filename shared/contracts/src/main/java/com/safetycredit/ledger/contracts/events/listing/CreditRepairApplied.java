package com.safetycredit.ledger.contracts.events.listing;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * The listed enterprise applied for credit repair (信用修复) after its minimum time on the list, showing the penalty
 * executed, the rectification report and its public credit commitment (信用承诺).
 *
 * @param commitmentId the credit commitment on file the application names
 */
@LedgerEvent(name = "CreditRepairApplied", revision = 1)
public record CreditRepairApplied(
        String uscc,
        String repairId,
        String listingId,
        LocalDate appliedOn,
        boolean penaltyExecuted,
        String rectificationReportNo,
        String commitmentId)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return appliedOn;
    }
}

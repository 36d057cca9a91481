package com.safetycredit.ledger.contracts.events.award;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * One department of the joint review decided: {@code APPROVE} or {@code VETO}.
 */
@LedgerEvent(name = "AwardReviewed", revision = 1)
public record AwardReviewed(
        String uscc, String applicationId, String department, String decision, String reason, LocalDate reviewedOn)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return reviewedOn;
    }
}

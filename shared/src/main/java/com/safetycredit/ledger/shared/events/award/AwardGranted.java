package com.safetycredit.ledger.shared.events.award;

import com.safetycredit.ledger.shared.events.EnterpriseFact;
import com.safetycredit.ledger.shared.events.LedgerEvent;
import com.safetycredit.ledger.shared.policy.AwardDecision;

import java.time.LocalDate;
import java.util.List;

/**
 * Every department approved and the gates held on the ledger's facts: the award, with its amount.
 */
@LedgerEvent(name = "AwardGranted", revision = 1)
public record AwardGranted(String uscc, String applicationId, String awardType, int policyYear, long amountFen, List<AwardDecision.Reason> reasons, LocalDate decidedOn) implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

package com.safetycredit.ledger.shared.events.award;

import com.safetycredit.ledger.shared.events.EnterpriseFact;
import com.safetycredit.ledger.shared.events.LedgerEvent;
import com.safetycredit.ledger.shared.policy.AwardDecision;

import java.time.LocalDate;
import java.util.List;

/**
 * A veto, or a failed gate or condition: the award is denied with every reason.
 */
@LedgerEvent(name = "AwardDenied", revision = 1)
public record AwardDenied(String uscc, String applicationId, String awardType, int policyYear, List<AwardDecision.Reason> reasons, LocalDate decidedOn) implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

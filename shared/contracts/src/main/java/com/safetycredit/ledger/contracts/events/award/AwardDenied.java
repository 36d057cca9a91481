package com.safetycredit.ledger.contracts.events.award;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import com.safetycredit.ledger.contracts.values.AwardDecision;
import java.time.LocalDate;
import java.util.List;

/**
 * A veto, or a failed gate or condition: the award is denied with every reason.
 */
@LedgerEvent(name = "AwardDenied", revision = 1)
public record AwardDenied(
        String uscc,
        String applicationId,
        String awardType,
        int policyYear,
        List<AwardDecision.Reason> reasons,
        LocalDate decidedOn)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

package com.safetycredit.ledger.shared.events.award;

import com.safetycredit.ledger.shared.events.EnterpriseFact;
import com.safetycredit.ledger.shared.events.LedgerEvent;
import com.safetycredit.ledger.shared.policy.AwardDecision;

import java.time.LocalDate;
import java.util.List;

/**
 * A fact of the same policy year, recorded after the grant, bars the award: it is to be recovered (追回).
 */
@LedgerEvent(name = "AwardMarkedForRecovery", revision = 1)
public record AwardMarkedForRecovery(String uscc, String applicationId, int policyYear, List<AwardDecision.Reason> reasons, LocalDate markedOn) implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return markedOn;
    }
}

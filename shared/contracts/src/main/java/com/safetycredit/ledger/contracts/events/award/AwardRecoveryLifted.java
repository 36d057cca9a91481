package com.safetycredit.ledger.contracts.events.award;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * A later fact lifted what barred a granted award (an accident retracted, a listing annulled): the pending
 * recovery no longer stands. The mark stays in the history; this event ends it.
 */
@LedgerEvent(name = "AwardRecoveryLifted", revision = 1)
public record AwardRecoveryLifted(
        String uscc,
        String applicationId,
        int policyYear,
        String awardType,
        Long amountFen,
        LocalDate liftedOn,
        long factPosition,
        String factType)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return liftedOn;
    }
}

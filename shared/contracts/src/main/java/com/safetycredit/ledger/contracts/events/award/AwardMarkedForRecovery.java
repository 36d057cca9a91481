package com.safetycredit.ledger.contracts.events.award;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import com.safetycredit.ledger.contracts.values.AwardDecision;
import java.time.LocalDate;
import java.util.List;

/**
 * A fact of the award's policy year (valid time), recorded after the grant, bars the award: it is to be
 * recovered (追回). Names the award, the amount and the fact that triggered the recheck.
 *
 * @param amountFen    the granted amount to recover ({@code null} on revision 1 events)
 * @param factPosition the ledger position of the fact whose recheck found the bar ({@code null} on revision 1)
 * @param factType     that fact's event type ({@code null} on revision 1)
 */
@LedgerEvent(name = "AwardMarkedForRecovery", revision = 2)
public record AwardMarkedForRecovery(
        String uscc,
        String applicationId,
        int policyYear,
        List<AwardDecision.Reason> reasons,
        LocalDate markedOn,
        String awardType,
        Long amountFen,
        Long factPosition,
        String factType)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return markedOn;
    }
}

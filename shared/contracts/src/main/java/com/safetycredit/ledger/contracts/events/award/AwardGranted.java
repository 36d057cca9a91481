package com.safetycredit.ledger.contracts.events.award;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import com.safetycredit.ledger.contracts.values.AwardDecision;
import java.time.LocalDate;
import java.util.List;

/**
 * Every department approved and the gates held on the ledger's facts: the award, with its amount (within the
 * year's cap). Recorded in the stream of the enterprise's award year since revision 2.
 *
 * @param policyId the policy that pays it ({@code null} on revision 1 events)
 * @param basisId  the certification or investment it pays for ({@code null} on revision 1 events)
 */
@LedgerEvent(name = "AwardGranted", revision = 2)
public record AwardGranted(
        String uscc,
        String applicationId,
        String awardType,
        int policyYear,
        long amountFen,
        List<AwardDecision.Reason> reasons,
        LocalDate decidedOn,
        String policyId,
        String basisId)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

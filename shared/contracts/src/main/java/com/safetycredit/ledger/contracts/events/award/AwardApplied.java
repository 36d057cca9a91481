package com.safetycredit.ledger.contracts.events.award;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * An enterprise applied for an award of a policy year; the joint review starts.
 *
 * @param requiredDepartments the departments that must all approve (one veto denies)
 */
@LedgerEvent(name = "AwardApplied", revision = 1)
public record AwardApplied(
        String uscc,
        String applicationId,
        String awardType,
        int policyYear,
        String basisId,
        String policyId,
        List<String> requiredDepartments,
        LocalDate appliedOn)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return appliedOn;
    }
}

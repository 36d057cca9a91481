package com.safetycredit.ledger.contracts.events.agency;

import com.safetycredit.ledger.contracts.events.AgencyFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * A quality spot check (质量抽查) of the agency's work.
 *
 * @param result    {@code PASSED} (合格), {@code DEFECTS} (基本合格，限期整改) or {@code FAILED} (不合格)
 * @param serviceId the service whose work was checked, if the check names one
 */
@LedgerEvent(name = "AgencyQualityChecked", revision = 1)
public record AgencyQualityChecked(
        String agencyUscc, String checkId, LocalDate checkedOn, String result, String findings, String serviceId)
        implements AgencyFact {

    @Override
    public LocalDate validOn() {
        return checkedOn;
    }
}

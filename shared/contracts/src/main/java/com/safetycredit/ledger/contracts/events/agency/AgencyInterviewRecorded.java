package com.safetycredit.ledger.contracts.events.agency;

import com.safetycredit.ledger.contracts.events.AgencyFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * 约谈通报: the bureau summoned the agency for a talk ({@code INTERVIEW}, 约谈) or published a notice of criticism
 * about it ({@code NOTICE}, 通报).
 */
@LedgerEvent(name = "AgencyInterviewRecorded", revision = 1)
public record AgencyInterviewRecorded(
        String agencyUscc, String interviewId, String kind, LocalDate heldOn, String documentNo, String reason)
        implements AgencyFact {

    @Override
    public LocalDate validOn() {
        return heldOn;
    }
}

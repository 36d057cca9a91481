package com.safetycredit.ledger.contracts.events.practitioner;

import com.safetycredit.ledger.contracts.events.LedgerEvent;
import com.safetycredit.ledger.contracts.events.PractitionerFact;
import java.time.LocalDate;

/** The employment ended: the practitioner is employed there on [from, endedOn). */
@LedgerEvent(name = "PractitionerEmploymentEnded", revision = 1)
public record PractitionerEmploymentEnded(String registrationNo, String employmentId, LocalDate endedOn)
        implements PractitionerFact {

    @Override
    public LocalDate validOn() {
        return endedOn;
    }
}

package com.safetycredit.ledger.contracts.events.practitioner;

import com.safetycredit.ledger.contracts.events.LedgerEvent;
import com.safetycredit.ledger.contracts.events.PractitionerFact;
import java.time.LocalDate;

/**
 * The practitioner is employed (registered, 注册) at an enterprise or an agency from a day on.
 *
 * @param employerKind {@code ENTERPRISE} or {@code AGENCY}
 */
@LedgerEvent(name = "PractitionerEmploymentStarted", revision = 1)
public record PractitionerEmploymentStarted(
        String registrationNo, String employmentId, String employerKind, String employerUscc, LocalDate from)
        implements PractitionerFact {

    @Override
    public LocalDate validOn() {
        return from;
    }
}

package com.safetycredit.ledger.contracts.events.practitioner;

import com.safetycredit.ledger.contracts.events.LedgerEvent;
import com.safetycredit.ledger.contracts.events.PractitionerFact;
import java.time.LocalDate;

/**
 * A practitioner came on record: a registered safety engineer, a safety assessor or an enterprise's principal,
 * keyed by the number of their registration (or qualification certificate).
 *
 * @param qualification a {@code Qualification} code
 * @param qualifiedOn   the day the registration or qualification was granted
 * @param name          the person's name, a sealed value ({@code SealedValue})
 * @param idNumber      the identity number, a sealed value; checked (GB 11643) before it was sealed
 */
@LedgerEvent(name = "PractitionerRegistered", revision = 1)
public record PractitionerRegistered(
        String registrationNo, String qualification, LocalDate qualifiedOn, String name, String idNumber)
        implements PractitionerFact {

    @Override
    public LocalDate validOn() {
        return qualifiedOn;
    }
}

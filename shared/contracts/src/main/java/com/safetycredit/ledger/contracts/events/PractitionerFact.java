package com.safetycredit.ledger.contracts.events;

import java.time.LocalDate;

/**
 * An event about one practitioner — a registered safety engineer, a safety assessor, an enterprise's principal —
 * in the person's own stream ({@code SubjectIds.practitioner}). Personal fields are sealed values.
 */
public interface PractitionerFact {

    /** The registration (or certificate) number the ledger keys the person by, normalised. */
    String registrationNo();

    /** Valid time: the date the fact took effect in the world. */
    LocalDate validOn();
}

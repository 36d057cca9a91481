package com.safetycredit.ledger.rules.person;

import java.util.Optional;

/** Where a rule finds a practitioner's record: the store on the server, the export in the offline verifier. */
@FunctionalInterface
public interface Practitioners {

    /** None: rules asked without practitioners know of none. */
    Practitioners NONE = registrationNo -> Optional.empty();

    Optional<PractitionerRecord> byRegistrationNo(String registrationNo);
}

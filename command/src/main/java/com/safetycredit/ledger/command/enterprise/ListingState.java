package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.rules.domain.ListingRegime;
import java.time.LocalDate;

/** What the aggregate must remember of a blacklisting to guard removal, revocation, expiry and new certificates. */
record ListingState(
        ListingRegime regime,
        String decisionNo,
        LocalDate decidedOn,
        LocalDate expiresOn,
        LocalDate endedOn,
        Status status) {

    enum Status {
        ACTIVE,
        REMOVED_EARLY,
        REVOKED,
        EXPIRED
    }

    ListingState with(Status newStatus) {
        return new ListingState(regime, decisionNo, decidedOn, expiresOn, endedOn, newStatus);
    }

    ListingState ended(Status newStatus, LocalDate day) {
        return new ListingState(regime, decisionNo, decidedOn, expiresOn, day, newStatus);
    }

    /** The first day it is no longer active: its expiry, or the day it was removed early. */
    LocalDate endsOn() {
        return endedOn != null && endedOn.isBefore(expiresOn) ? endedOn : expiresOn;
    }

    /** Active on {@code day}; an annulled listing never was. */
    boolean activeOn(LocalDate day) {
        return status != Status.REVOKED && !day.isBefore(decidedOn) && day.isBefore(endsOn());
    }
}

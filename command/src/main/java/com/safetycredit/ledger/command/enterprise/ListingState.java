package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.shared.domain.ListingRegime;

import java.time.LocalDate;

/** What the aggregate must remember of a blacklisting to guard removal, revocation and expiry. */
record ListingState(ListingRegime regime, LocalDate decidedOn, LocalDate expiresOn, Status status) {

    enum Status { ACTIVE, REMOVED_EARLY, REVOKED, EXPIRED }

    ListingState with(Status newStatus) {
        return new ListingState(regime, decidedOn, expiresOn, newStatus);
    }
}

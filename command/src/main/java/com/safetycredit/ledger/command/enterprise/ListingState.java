package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.rules.domain.ListingRegime;
import java.time.LocalDate;

/**
 * What the aggregate must remember of a blacklisting to guard removal, repair, reinstatement, revocation, expiry and
 * new certificates. A reinstated listing is active again from {@code reinstatedOn} until {@code reinstatedUntil}.
 */
record ListingState(
        ListingRegime regime,
        String decisionNo,
        LocalDate decidedOn,
        LocalDate expiresOn,
        LocalDate endedOn,
        Status status,
        String penaltyDecisionNo,
        LocalDate reinstatedOn,
        LocalDate reinstatedUntil) {

    /** NOTICED is the notice's own state ({@code NoticeState}); a listing starts LISTED, here ACTIVE. */
    enum Status {
        ACTIVE,
        REMOVED_EARLY,
        REVOKED,
        EXPIRED,
        /** Removed early, then the removal was revoked for fraud: listed again for the remaining period. */
        REINSTATED
    }

    ListingState with(Status newStatus) {
        return new ListingState(
                regime,
                decisionNo,
                decidedOn,
                expiresOn,
                endedOn,
                newStatus,
                penaltyDecisionNo,
                reinstatedOn,
                reinstatedUntil);
    }

    ListingState ended(Status newStatus, LocalDate day) {
        return new ListingState(
                regime,
                decisionNo,
                decidedOn,
                expiresOn,
                day,
                newStatus,
                penaltyDecisionNo,
                reinstatedOn,
                reinstatedUntil);
    }

    ListingState reinstated(LocalDate on, LocalDate until) {
        return new ListingState(
                regime, decisionNo, decidedOn, expiresOn, endedOn, Status.REINSTATED, penaltyDecisionNo, on, until);
    }

    /** The last day it was active before an early removal or expiry, exclusive: the first period's end. */
    LocalDate firstEnd() {
        return endedOn != null && endedOn.isBefore(expiresOn) ? endedOn : expiresOn;
    }

    /** The first day it is no longer active: its expiry, the day it was removed early, or its reinstated end. */
    LocalDate endsOn() {
        return reinstatedOn != null ? reinstatedUntil : firstEnd();
    }

    /** Whether it is still running (listed or listed again), whatever the day. */
    boolean inForce() {
        return status == Status.ACTIVE || status == Status.REINSTATED;
    }

    /** Active on {@code day}; an annulled listing never was. */
    boolean activeOn(LocalDate day) {
        if (status == Status.REVOKED) {
            return false;
        }
        boolean first = !day.isBefore(decidedOn) && day.isBefore(firstEnd());
        boolean again = reinstatedOn != null && !day.isBefore(reinstatedOn) && day.isBefore(reinstatedUntil);
        return first || again;
    }
}

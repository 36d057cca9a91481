package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.rules.domain.ListingGrounds;
import java.time.LocalDate;

/**
 * A penalty decision on record: a listing must rest on a serious one, and its basis on the penalty's facts. A
 * retracted penalty (recorded in error) grounds nothing.
 */
record PenaltyState(
        String penaltyId,
        String decisionNo,
        LocalDate decidedOn,
        boolean serious,
        long fineYuan,
        String permitViolation,
        boolean retracted) {

    ListingGrounds.PenaltyFact fact() {
        return new ListingGrounds.PenaltyFact(penaltyId, decisionNo, decidedOn, fineYuan, permitViolation);
    }

    PenaltyState markRetracted() {
        return new PenaltyState(penaltyId, decisionNo, decidedOn, serious, fineYuan, permitViolation, true);
    }
}

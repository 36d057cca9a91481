package com.safetycredit.ledger.command.enterprise;

import com.safetycredit.ledger.rules.domain.ListingGrounds;
import java.time.LocalDate;

/** A penalty decision on record: a listing must rest on a serious one, and its basis on the penalty's facts. */
record PenaltyState(
        String penaltyId,
        String decisionNo,
        LocalDate decidedOn,
        boolean serious,
        long fineYuan,
        String permitViolation) {

    ListingGrounds.PenaltyFact fact() {
        return new ListingGrounds.PenaltyFact(penaltyId, decisionNo, decidedOn, fineYuan, permitViolation);
    }
}

package com.safetycredit.ledger.contracts.events.penalty;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * An administrative penalty decision (行政处罚决定).
 *
 * @param serious          the conduct was 性质恶劣、情节严重 (a precondition of a blacklisting)
 * @param summaryProcedure decided by summary procedure (简易程序): not published
 * @param permitViolation  a {@code PermitViolation} code when the decision punishes operating without a required
 *                         safety permit or while it was suspended or revoked (listing basis 6), else {@code null};
 *                         revision-1 events have none
 */
@LedgerEvent(name = "PenaltyImposed", revision = 2)
public record PenaltyImposed(
        String uscc,
        String penaltyId,
        String decisionNo,
        LocalDate decidedOn,
        String violation,
        long fineYuan,
        boolean serious,
        boolean summaryProcedure,
        String permitViolation)
        implements EnterpriseFact {

    /** The revision-1 shape, punishing no permit violation. */
    public PenaltyImposed(
            String uscc,
            String penaltyId,
            String decisionNo,
            LocalDate decidedOn,
            String violation,
            long fineYuan,
            boolean serious,
            boolean summaryProcedure) {
        this(uscc, penaltyId, decisionNo, decidedOn, violation, fineYuan, serious, summaryProcedure, null);
    }

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

package com.safetycredit.ledger.shared.events.penalty;

import com.safetycredit.ledger.shared.events.EnterpriseFact;
import com.safetycredit.ledger.shared.events.LedgerEvent;

import java.time.LocalDate;

/**
 * An administrative penalty decision (行政处罚决定).
 *
 * @param serious          the conduct was 性质恶劣、情节严重 (a precondition of a blacklisting)
 * @param summaryProcedure decided by summary procedure (简易程序): not published
 */
@LedgerEvent(name = "PenaltyImposed", revision = 1)
public record PenaltyImposed(String uscc, String penaltyId, String decisionNo, LocalDate decidedOn, String violation, long fineYuan, boolean serious, boolean summaryProcedure) implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

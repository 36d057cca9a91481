package com.safetycredit.ledger.contracts.events.agency;

import com.safetycredit.ledger.contracts.events.AgencyFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * An administrative penalty decision against an agency.
 *
 * @param serious    the conduct was 性质恶劣、情节严重 (a precondition of a listing)
 * @param misconduct an {@code AgencyMisconduct} code when the decision punishes lending the qualification, an
 *                   affiliation (挂靠) or a false report (listing basis 7), else {@code null}
 */
@LedgerEvent(name = "AgencyPenaltyImposed", revision = 1)
public record AgencyPenaltyImposed(
        String agencyUscc,
        String penaltyId,
        String decisionNo,
        LocalDate decidedOn,
        String violation,
        long fineYuan,
        boolean serious,
        String misconduct)
        implements AgencyFact {

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

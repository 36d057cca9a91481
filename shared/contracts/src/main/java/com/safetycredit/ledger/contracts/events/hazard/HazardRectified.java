package com.safetycredit.ledger.contracts.events.hazard;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * The hazard's rectification was verified (整改验收, 销号): from {@code verifiedOn} it is no adverse record.
 *
 * @param verifiedBy the body (or its officer) that verified the rectification
 */
@LedgerEvent(name = "HazardRectified", revision = 1)
public record HazardRectified(String uscc, String hazardId, LocalDate verifiedOn, String verifiedBy)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return verifiedOn;
    }
}

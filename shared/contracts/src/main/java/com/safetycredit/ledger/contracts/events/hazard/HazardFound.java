package com.safetycredit.ledger.contracts.events.hazard;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * A hidden danger (事故隐患) was found at the enterprise. A major one (重大事故隐患) is an adverse record until it is
 * rectified and the rectification verified (销号), RULES.md §12.
 *
 * @param major         a 重大事故隐患
 * @param supervisionNo the number of the 挂牌督办 notice, when the hazard is under listed supervision
 * @param deadline      the last day to rectify it; unrectified after it, the hazard is overdue
 */
@LedgerEvent(name = "HazardFound", revision = 1)
public record HazardFound(
        String uscc,
        String hazardId,
        LocalDate foundOn,
        String description,
        boolean major,
        String supervisionNo,
        LocalDate deadline)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return foundOn;
    }
}

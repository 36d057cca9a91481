package com.safetycredit.ledger.contracts.events.investment;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;
import java.util.Map;

/**
 * A safety investment for a policy year: an insurance premium, or a smart system's install and service cost.
 *
 * @param amountFen the premium or cost in fen (revision 1 held whole yuan; {@code PayloadUpcasters} converts it)
 * @param details the facts the award policy needs (building area, listed supplier, platform connection…)
 */
@LedgerEvent(name = "SafetyInvestmentRecorded", revision = 2)
public record SafetyInvestmentRecorded(
        String uscc,
        String investmentId,
        String type,
        int policyYear,
        long amountFen,
        Map<String, Object> details,
        LocalDate recordedOn)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return recordedOn;
    }
}

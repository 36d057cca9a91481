package com.safetycredit.ledger.contracts.events.enterprise;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * The enterprise's recorded profile changed from {@code effectiveOn}; fields left {@code null} are unchanged.
 */
@LedgerEvent(name = "EnterpriseProfileChanged", revision = 1)
public record EnterpriseProfileChanged(
        String uscc, String name, String industry, String regionCode, String address, LocalDate effectiveOn)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return effectiveOn;
    }
}

package com.safetycredit.ledger.contracts.events.enterprise;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * An enterprise came under the bureau's credit supervision.
 *
 * @param checksumOverrideReason why a code that fails the GB 32100 check character was accepted (early pilot
 *                               codes), or {@code null} when the code is valid
 */
@LedgerEvent(name = "EnterpriseRegistered", revision = 1)
public record EnterpriseRegistered(
        String uscc,
        String name,
        String industry,
        String regionCode,
        String address,
        String checksumOverrideReason,
        LocalDate registeredOn)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return registeredOn;
    }
}

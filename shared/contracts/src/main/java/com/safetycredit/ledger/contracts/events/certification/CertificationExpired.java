package com.safetycredit.ledger.contracts.events.certification;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * A certification reached the end of its validity; appended by the ledger itself.
 */
@LedgerEvent(name = "CertificationExpired", revision = 1)
public record CertificationExpired(String uscc, String certificationId, LocalDate expiredOn) implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return expiredOn;
    }
}

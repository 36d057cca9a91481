package com.safetycredit.ledger.contracts.events.certification;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * The ledger took back a revocation it had made because the fact that caused it no longer counts: the accident
 * was retracted as recorded in error, or the listing was annulled (an annulled listing counts for nothing,
 * RULES.md §11). The certificate counts again as if never revoked, until {@code expiresOn}.
 *
 * @param decidedOn the day the cause fell away (the retraction or the annulment)
 */
@LedgerEvent(name = "CertificationReinstated", revision = 1)
public record CertificationReinstated(
        String uscc, String certificationId, String reason, LocalDate decidedOn, LocalDate expiresOn)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

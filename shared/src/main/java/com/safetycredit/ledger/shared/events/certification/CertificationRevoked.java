package com.safetycredit.ledger.shared.events.certification;

import com.safetycredit.ledger.shared.events.EnterpriseFact;
import com.safetycredit.ledger.shared.events.LedgerEvent;

import java.time.LocalDate;

/**
 * A certification was revoked by a decision.
 *
 * @param causedByListingId the blacklisting that revoked it (RULES.md §5), or {@code null} for a decision of its own
 */
@LedgerEvent(name = "CertificationRevoked", revision = 1)
public record CertificationRevoked(String uscc, String certificationId, String reason, LocalDate decidedOn, String decisionNo, String causedByListingId) implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

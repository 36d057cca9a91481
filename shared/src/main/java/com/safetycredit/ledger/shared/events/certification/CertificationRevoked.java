package com.safetycredit.ledger.shared.events.certification;

import com.safetycredit.ledger.shared.events.EnterpriseFact;
import com.safetycredit.ledger.shared.events.LedgerEvent;

import java.time.LocalDate;

/**
 * A certification was revoked by a decision.
 *
 * @param ground            why, as a code: {@code FALSE_MATERIALS} (弄虚作假) makes an award it grounded recoverable;
 *                          {@code null} on revision 1 events and where the decision gave no ground
 * @param causedByListingId the blacklisting that revoked it (RULES.md §5), or {@code null} for a decision of its own
 */
@LedgerEvent(name = "CertificationRevoked", revision = 2)
public record CertificationRevoked(String uscc, String certificationId, String reason, LocalDate decidedOn, String decisionNo, String causedByListingId, String ground) implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

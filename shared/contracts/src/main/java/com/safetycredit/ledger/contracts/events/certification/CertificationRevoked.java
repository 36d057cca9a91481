package com.safetycredit.ledger.contracts.events.certification;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * A certification was revoked: by a decision recorded by staff, or by the ledger itself on a trigger of
 * RULES.md §5 (a fatal accident, a concealed or late accident report, a blacklisting).
 *
 * @param decisionNo         the revocation decision's number; a finding's number, or {@code null} for a fatal
 *                           accident, when the ledger revoked on a trigger
 * @param causedByListingId  the blacklisting that revoked it (RULES.md §5), or {@code null}
 * @param ground             why, as a {@code RevocationGround} code: {@code FALSE_MATERIALS} (弄虚作假) makes an
 *                           award it grounded recoverable; {@code FATAL_ACCIDENT}, {@code CONCEALED_ACCIDENT} and
 *                           {@code BLACKLISTED} are the ledger's own; {@code null} where a decision gave no ground
 * @param causedByAccidentId the accident whose death toll or reporting violation revoked it, or {@code null};
 *                           revision 3 (revisions 1 and 2 are read with none)
 */
@LedgerEvent(name = "CertificationRevoked", revision = 3)
public record CertificationRevoked(
        String uscc,
        String certificationId,
        String reason,
        LocalDate decidedOn,
        String decisionNo,
        String causedByListingId,
        String ground,
        String causedByAccidentId)
        implements EnterpriseFact {

    /** The revision-2 shape: a decision with its ground, or a listing's revocation. */
    public CertificationRevoked(
            String uscc,
            String certificationId,
            String reason,
            LocalDate decidedOn,
            String decisionNo,
            String causedByListingId,
            String ground) {
        this(uscc, certificationId, reason, decidedOn, decisionNo, causedByListingId, ground, null);
    }

    /** The revision-1 shape: a decision of its own, or a listing's. */
    public CertificationRevoked(
            String uscc,
            String certificationId,
            String reason,
            LocalDate decidedOn,
            String decisionNo,
            String causedByListingId) {
        this(
                uscc,
                certificationId,
                reason,
                decidedOn,
                decisionNo,
                causedByListingId,
                causedByListingId == null ? null : "BLACKLISTED",
                null);
    }

    @Override
    public LocalDate validOn() {
        return decidedOn;
    }
}

package com.safetycredit.ledger.command.enterprise;

import java.time.LocalDate;

/**
 * What the aggregate must remember of a certification to guard later decisions: whether its expiry was recorded,
 * and while revoked, when, why ({@code ground}, a {@code RevocationGround} code) and by which accident or listing
 * ({@code causedBy}), so the revocation can be taken back if that fact falls away.
 */
record CertificateState(
        String type,
        String certificateNo,
        LocalDate issuedOn,
        LocalDate expiresOn,
        boolean expired,
        LocalDate revokedOn,
        String ground,
        String causedBy) {

    enum Status {
        VALID,
        REVOKED,
        EXPIRED
    }

    Status status() {
        return revokedOn != null ? Status.REVOKED : expired ? Status.EXPIRED : Status.VALID;
    }

    CertificateState markExpired() {
        return new CertificateState(type, certificateNo, issuedOn, expiresOn, true, revokedOn, ground, causedBy);
    }

    CertificateState revoked(LocalDate day, String why, String byFact) {
        return new CertificateState(type, certificateNo, issuedOn, expiresOn, expired, day, why, byFact);
    }

    /** Counting again, as it was before the revocation. */
    CertificateState reinstated() {
        return new CertificateState(type, certificateNo, issuedOn, expiresOn, expired, null, null, null);
    }

    boolean standardization() {
        return "STANDARDIZATION".equals(type);
    }

    /** Within its term on {@code day} and not revoked. */
    boolean validOn(LocalDate day) {
        return revokedOn == null && !day.isBefore(issuedOn) && (expiresOn == null || day.isBefore(expiresOn));
    }
}

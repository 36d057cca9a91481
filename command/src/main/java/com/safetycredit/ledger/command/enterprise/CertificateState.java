package com.safetycredit.ledger.command.enterprise;

import java.time.LocalDate;

/** What the aggregate must remember of a certification to guard later decisions. */
record CertificateState(String type, String certificateNo, LocalDate issuedOn, LocalDate expiresOn, Status status) {

    enum Status { VALID, REVOKED, EXPIRED }

    CertificateState with(Status newStatus) {
        return new CertificateState(type, certificateNo, issuedOn, expiresOn, newStatus);
    }
}

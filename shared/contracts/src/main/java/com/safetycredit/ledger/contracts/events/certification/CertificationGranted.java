package com.safetycredit.ledger.contracts.events.certification;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * A certification was issued to the enterprise.
 *
 * @param level           {@code 1}/{@code 2}/{@code 3} for standardization, the naming level for a safety culture unit, else {@code null}
 * @param expiresOn       end of validity (the certificate is valid before this day), or {@code null} if open-ended
 * @param personName      for a registered safety engineer: the name
 * @param personIdMasked  for a registered safety engineer: the identity number masked (never the full number: events cannot be erased)
 */
@LedgerEvent(name = "CertificationGranted", revision = 1)
public record CertificationGranted(
        String uscc,
        String certificationId,
        String type,
        String level,
        String certificateNo,
        String issuer,
        LocalDate issuedOn,
        LocalDate expiresOn,
        String personName,
        String personIdMasked)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return issuedOn;
    }
}

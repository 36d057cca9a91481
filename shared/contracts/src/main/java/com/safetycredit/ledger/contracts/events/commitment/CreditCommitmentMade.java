package com.safetycredit.ledger.contracts.events.commitment;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The enterprise made a credit commitment (信用承诺) on safety production. The red list asks for a public one
 * (安监总办〔2017〕133号: 向社会公开作出安全生产承诺), so when it was made public is recorded apart from when it was made.
 *
 * @param publishedAt when the commitment was made public, or {@code null} while it is not
 */
@LedgerEvent(name = "CreditCommitmentMade", revision = 1)
public record CreditCommitmentMade(
        String uscc, String commitmentId, LocalDate madeOn, String text, OffsetDateTime publishedAt)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return madeOn;
    }
}

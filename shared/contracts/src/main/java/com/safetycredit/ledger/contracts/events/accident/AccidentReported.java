package com.safetycredit.ledger.contracts.events.accident;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An accident was reported. The grade is computed from the measures (国务院令第493号).
 */
@LedgerEvent(name = "AccidentReported", revision = 1)
public record AccidentReported(
        String uscc,
        String accidentId,
        OffsetDateTime occurredAt,
        LocalDate occurredOn,
        String category,
        int deaths,
        int seriousInjuries,
        int personsEndangered,
        long directLossYuan,
        boolean duringLevelOneResponse,
        String grade,
        String reportNo,
        String summary)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return occurredOn;
    }
}

package com.safetycredit.ledger.contracts.events.accident;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;

/**
 * The accident's measures were revised within the revision window; the grade follows the latest revision.
 */
@LedgerEvent(name = "AccidentCasualtiesRevised", revision = 1)
public record AccidentCasualtiesRevised(
        String uscc,
        String accidentId,
        int deaths,
        int seriousInjuries,
        int personsEndangered,
        long directLossYuan,
        String grade,
        LocalDate revisedOn,
        String reason)
        implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return revisedOn;
    }
}

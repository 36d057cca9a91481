package com.safetycredit.ledger.shared.events.accident;

import com.safetycredit.ledger.shared.events.EnterpriseFact;
import com.safetycredit.ledger.shared.events.LedgerEvent;

import java.time.LocalDate;

/**
 * The accident's measures were revised within the revision window; the grade follows the latest revision.
 */
@LedgerEvent(name = "AccidentCasualtiesRevised", revision = 1)
public record AccidentCasualtiesRevised(String uscc, String accidentId, int deaths, int seriousInjuries, int personsEndangered, long directLossYuan, String grade, LocalDate revisedOn, String reason) implements EnterpriseFact {

    @Override
    public LocalDate validOn() {
        return revisedOn;
    }
}

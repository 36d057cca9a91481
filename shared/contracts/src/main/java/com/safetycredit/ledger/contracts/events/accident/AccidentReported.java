package com.safetycredit.ledger.contracts.events.accident;

import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.LedgerEvent;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An accident was reported. The grade is computed from the measures (国务院令第493号).
 *
 * @param duringLevelOneResponse          whether it happened during a level-one emergency response: the
 *                                        calendar's answer unless the clerk overrode it
 * @param levelOneResponsePeriodId        the calendar's period the accident fell in, or {@code null}; revision-1
 *                                        events were flagged by the clerk alone
 * @param levelOneResponseOverrideReason  the clerk's reason for a flag that differs from the calendar's, or
 *                                        {@code null}
 */
@LedgerEvent(name = "AccidentReported", revision = 2)
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
        String summary,
        String levelOneResponsePeriodId,
        String levelOneResponseOverrideReason)
        implements EnterpriseFact {

    /** The revision-1 shape: the clerk's flag, no calendar. */
    public AccidentReported(
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
            String summary) {
        this(
                uscc,
                accidentId,
                occurredAt,
                occurredOn,
                category,
                deaths,
                seriousInjuries,
                personsEndangered,
                directLossYuan,
                duringLevelOneResponse,
                grade,
                reportNo,
                summary,
                null,
                null);
    }

    @Override
    public LocalDate validOn() {
        return occurredOn;
    }
}

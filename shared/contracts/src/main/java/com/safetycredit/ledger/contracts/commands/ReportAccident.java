package com.safetycredit.ledger.contracts.commands;

import java.time.OffsetDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Report an accident; the grade is computed from the measures. {@code duringLevelOneResponse} is the answer the
 * ledger settled on: the calendar's period ({@code levelOneResponsePeriodId}) unless the clerk overrode it with a
 * reason ({@code levelOneResponseOverrideReason}).
 */
public record ReportAccident(
        @TargetAggregateIdentifier String uscc,
        String accidentId,
        OffsetDateTime occurredAt,
        String category,
        int deaths,
        int seriousInjuries,
        int personsEndangered,
        long directLossYuan,
        boolean duringLevelOneResponse,
        String reportNo,
        String summary,
        String levelOneResponsePeriodId,
        String levelOneResponseOverrideReason) {

    /** A report without a calendar: the clerk's flag alone. */
    public ReportAccident(
            String uscc,
            String accidentId,
            OffsetDateTime occurredAt,
            String category,
            int deaths,
            int seriousInjuries,
            int personsEndangered,
            long directLossYuan,
            boolean duringLevelOneResponse,
            String reportNo,
            String summary) {
        this(
                uscc,
                accidentId,
                occurredAt,
                category,
                deaths,
                seriousInjuries,
                personsEndangered,
                directLossYuan,
                duringLevelOneResponse,
                reportNo,
                summary,
                null,
                null);
    }
}

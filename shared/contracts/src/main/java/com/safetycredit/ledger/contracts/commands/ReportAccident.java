package com.safetycredit.ledger.contracts.commands;

import java.time.OffsetDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Report an accident; the grade is computed from the measures. */
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
        String summary) {}

package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revise an accident's measures within its revision window. */
public record ReviseAccidentCasualties(
        @TargetAggregateIdentifier String uscc,
        String accidentId,
        int deaths,
        int seriousInjuries,
        int personsEndangered,
        long directLossYuan,
        LocalDate revisedOn,
        String reason) {}

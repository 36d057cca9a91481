package com.safetycredit.ledger.contracts.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Revise an accident's measures within its revision window. */
public record ReviseAccidentCasualties(@TargetAggregateIdentifier String uscc, String accidentId, int deaths, int seriousInjuries, int personsEndangered, long directLossYuan, LocalDate revisedOn, String reason) {
}

package com.safetycredit.ledger.contracts.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Mark an accident as recorded in error. */
public record RetractAccident(@TargetAggregateIdentifier String uscc, String accidentId, String reason, LocalDate retractedOn) {
}

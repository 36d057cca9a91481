package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Mark an accident as recorded in error. */
public record RetractAccident(
        @TargetAggregateIdentifier String uscc, String accidentId, String reason, LocalDate retractedOn) {}

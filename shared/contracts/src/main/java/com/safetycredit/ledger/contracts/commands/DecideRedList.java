package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decide (认定) the enterprise a red-list subject on {@code decidedOn}; refused unless the criteria hold that day. */
public record DecideRedList(
        @TargetAggregateIdentifier String uscc,
        String decisionId,
        LocalDate decidedOn,
        String decisionNo,
        String authority) {}

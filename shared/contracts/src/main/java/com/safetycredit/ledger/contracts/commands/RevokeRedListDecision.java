package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revoke a red-list decision from {@code decidedOn}. */
public record RevokeRedListDecision(
        @TargetAggregateIdentifier String uscc,
        String decisionId,
        LocalDate decidedOn,
        String decisionNo,
        String reason) {}

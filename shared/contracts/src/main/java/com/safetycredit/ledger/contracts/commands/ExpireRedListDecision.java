package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the expiry sweep; does nothing unless the decision is in force and {@code today} reached its end. */
public record ExpireRedListDecision(@TargetAggregateIdentifier String uscc, String decisionId, LocalDate today) {}

package com.safetycredit.ledger.shared.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Put the enterprise on the serious-dishonesty list; {@code regime} may be {@code null} for the regime in force on {@code decidedOn}. */
public record BlacklistEnterprise(@TargetAggregateIdentifier String uscc, String listingId, int basis, String regime, String penaltyDecisionNo, String authority, String decisionNo, LocalDate decidedOn) {
}

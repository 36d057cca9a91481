package com.safetycredit.ledger.shared.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record an administrative penalty decision. */
public record ImposePenalty(@TargetAggregateIdentifier String uscc, String penaltyId, String decisionNo, LocalDate decidedOn, String violation, long fineYuan, boolean serious, boolean summaryProcedure) {
}

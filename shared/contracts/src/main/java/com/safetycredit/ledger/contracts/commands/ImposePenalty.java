package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record an administrative penalty decision; {@code permitViolation} is a {@code PermitViolation} code when the
 * decision punishes operating without a required safety permit, else {@code null}.
 */
public record ImposePenalty(
        @TargetAggregateIdentifier String uscc,
        String penaltyId,
        String decisionNo,
        LocalDate decidedOn,
        String violation,
        long fineYuan,
        boolean serious,
        boolean summaryProcedure,
        String permitViolation) {

    /** A penalty that says nothing about a permit. */
    public ImposePenalty(
            String uscc,
            String penaltyId,
            String decisionNo,
            LocalDate decidedOn,
            String violation,
            long fineYuan,
            boolean serious,
            boolean summaryProcedure) {
        this(uscc, penaltyId, decisionNo, decidedOn, violation, fineYuan, serious, summaryProcedure, null);
    }
}

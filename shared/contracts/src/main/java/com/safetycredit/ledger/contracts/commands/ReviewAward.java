package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One department's decision in the joint review. */
public record ReviewAward(
        @TargetAggregateIdentifier String applicationId,
        String department,
        String decision,
        String reason,
        LocalDate reviewedOn) {}

package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Mark a penalty as recorded in error, as an upheld objection's correction. */
public record RetractPenalty(
        @TargetAggregateIdentifier String uscc,
        String penaltyId,
        String reason,
        LocalDate retractedOn,
        String objectionId) {}

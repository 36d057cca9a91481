package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a safety investment for a policy year. */
public record RecordSafetyInvestment(
        @TargetAggregateIdentifier String uscc,
        String investmentId,
        String type,
        int policyYear,
        long amountFen,
        Map<String, Object> details,
        LocalDate recordedOn) {}

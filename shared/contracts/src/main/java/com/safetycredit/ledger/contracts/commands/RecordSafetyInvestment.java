package com.safetycredit.ledger.contracts.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Map;

/** Record a safety investment for a policy year. */
public record RecordSafetyInvestment(@TargetAggregateIdentifier String uscc, String investmentId, String type, int policyYear, long amountFen, Map<String, Object> details, LocalDate recordedOn) {
}

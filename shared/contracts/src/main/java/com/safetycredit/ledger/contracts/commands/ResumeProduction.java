package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a suspended enterprise may resume production. */
public record ResumeProduction(
        @TargetAggregateIdentifier String uscc, String orderId, LocalDate resumedOn, String decisionNo) {}

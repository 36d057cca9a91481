package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The listed enterprise applies for credit repair (信用修复). */
public record ApplyForCreditRepair(
        @TargetAggregateIdentifier String uscc,
        String repairId,
        String listingId,
        LocalDate appliedOn,
        boolean penaltyExecuted,
        String rectificationReportNo,
        String commitmentId) {}

package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decide a credit repair application: {@code approve} removes the listing early. */
public record DecideCreditRepair(
        @TargetAggregateIdentifier String uscc,
        String repairId,
        boolean approve,
        LocalDate decidedOn,
        String decisionNo,
        String reason) {}

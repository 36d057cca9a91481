package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A fact of a policy year was recorded (or was one of its grants): recheck the year's grants on the ledger as
 * of that fact's position — never as of whenever the recheck happens to run.
 */
public record RecheckAwardYear(
        @TargetAggregateIdentifier String yearId, long factPosition, String factType, LocalDate checkedOn) {}

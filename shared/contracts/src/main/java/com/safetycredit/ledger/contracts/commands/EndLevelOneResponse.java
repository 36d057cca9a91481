package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the last day of a level-one response period still in force. */
public record EndLevelOneResponse(
        @TargetAggregateIdentifier String calendarId, String periodId, LocalDate to, String documentNo) {}

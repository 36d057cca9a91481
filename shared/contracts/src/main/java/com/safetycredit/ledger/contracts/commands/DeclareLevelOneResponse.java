package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Enter a level-one emergency response period in the calendar (one aggregate holds the whole calendar). */
public record DeclareLevelOneResponse(
        @TargetAggregateIdentifier String calendarId,
        String periodId,
        String regionCode,
        LocalDate from,
        LocalDate to,
        String documentNo,
        String description) {}

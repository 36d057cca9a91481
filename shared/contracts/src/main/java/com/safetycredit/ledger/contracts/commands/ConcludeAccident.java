package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the investigation conclusion of an accident. */
public record ConcludeAccident(
        @TargetAggregateIdentifier String uscc,
        String accidentId,
        boolean liable,
        LocalDate concludedOn,
        String replyNo) {}

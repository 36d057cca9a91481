package com.safetycredit.ledger.contracts.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record the investigation conclusion of an accident. */
public record ConcludeAccident(@TargetAggregateIdentifier String uscc, String accidentId, boolean liable, LocalDate concludedOn, String replyNo) {
}

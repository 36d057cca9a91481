package com.safetycredit.ledger.contracts.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Annul a listing. */
public record RevokeListing(@TargetAggregateIdentifier String uscc, String listingId, String reason, LocalDate decidedOn) {
}

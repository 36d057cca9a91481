package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Annul a listing. */
public record RevokeListing(
        @TargetAggregateIdentifier String uscc, String listingId, String reason, LocalDate decidedOn) {}

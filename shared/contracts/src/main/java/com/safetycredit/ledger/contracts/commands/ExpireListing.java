package com.safetycredit.ledger.contracts.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sent by the ledger's expiry sweep; does nothing unless the listing is active and {@code today} has reached its end. */
public record ExpireListing(@TargetAggregateIdentifier String uscc, String listingId, LocalDate today) {
}

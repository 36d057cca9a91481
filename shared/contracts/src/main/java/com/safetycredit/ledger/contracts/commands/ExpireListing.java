package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the ledger's expiry sweep; does nothing unless the listing is active and {@code today} has reached its end. */
public record ExpireListing(@TargetAggregateIdentifier String uscc, String listingId, LocalDate today) {}

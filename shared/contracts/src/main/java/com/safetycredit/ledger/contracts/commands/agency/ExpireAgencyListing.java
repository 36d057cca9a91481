package com.safetycredit.ledger.contracts.commands.agency;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the expiry sweep; does nothing unless the listing is active and {@code today} has reached its end. */
public record ExpireAgencyListing(@TargetAggregateIdentifier String agencyId, String listingId, LocalDate today) {}

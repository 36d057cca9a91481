package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An early removal obtained by fraud is revoked: the listing runs again for its remaining period. */
public record ReinstateListing(
        @TargetAggregateIdentifier String uscc,
        String listingId,
        LocalDate decidedOn,
        String decisionNo,
        String reason) {}

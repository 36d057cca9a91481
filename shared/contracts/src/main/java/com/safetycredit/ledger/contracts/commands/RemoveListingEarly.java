package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Grant early removal from the list (信用修复). */
public record RemoveListingEarly(
        @TargetAggregateIdentifier String uscc, String listingId, String decisionNo, LocalDate decidedOn) {}

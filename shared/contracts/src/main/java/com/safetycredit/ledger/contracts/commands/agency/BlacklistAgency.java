package com.safetycredit.ledger.contracts.commands.agency;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put the agency on the serious-dishonesty list; {@code regime} {@code null} for the regime in force that day. */
public record BlacklistAgency(
        @TargetAggregateIdentifier String agencyId,
        String listingId,
        int basis,
        String regime,
        String penaltyDecisionNo,
        String authority,
        String decisionNo,
        LocalDate decidedOn,
        String groundsOverrideReason) {}

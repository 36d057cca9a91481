package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the verified rectification (销号) of a hazard. */
public record RectifyHazard(
        @TargetAggregateIdentifier String uscc, String hazardId, LocalDate verifiedOn, String verifiedBy) {}

package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Extend an objection's handling, once, to the longer period. */
public record ExtendObjection(@TargetAggregateIdentifier String objectionId, LocalDate extendedOn, String reason) {}

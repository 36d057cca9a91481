package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decide an objection: upheld (the fact is corrected in the same commit) or rejected with reasons. */
public record DecideObjection(
        @TargetAggregateIdentifier String objectionId, boolean upheld, LocalDate decidedOn, String reason) {}

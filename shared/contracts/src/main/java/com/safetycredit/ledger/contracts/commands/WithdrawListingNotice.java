package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decide not to list after a notice. */
public record WithdrawListingNotice(
        @TargetAggregateIdentifier String uscc, String noticeId, LocalDate decidedOn, String reason) {}

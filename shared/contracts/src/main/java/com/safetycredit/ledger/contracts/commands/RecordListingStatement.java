package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the enterprise's statement (陈述、申辩) on a listing notice, and whether it waives the rest of the period. */
public record RecordListingStatement(
        @TargetAggregateIdentifier String uscc,
        String noticeId,
        String statementId,
        LocalDate receivedOn,
        String summary,
        boolean waivesStatementPeriod) {}

package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record another department's severe-list entry about the enterprise ({@code to == null}: open-ended). */
public record RecordPartnerListEntry(
        @TargetAggregateIdentifier String uscc,
        String entryId,
        String department,
        String listName,
        String decisionNo,
        LocalDate from,
        LocalDate to) {}

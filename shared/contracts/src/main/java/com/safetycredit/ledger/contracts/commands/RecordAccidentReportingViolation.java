package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an accident was concealed, falsely reported, reported late or left out; {@code kind}: a {@code ReportingViolation} code. */
public record RecordAccidentReportingViolation(
        @TargetAggregateIdentifier String uscc,
        String accidentId,
        String kind,
        LocalDate decidedOn,
        String decisionNo,
        String summary) {}

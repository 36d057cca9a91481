package com.safetycredit.ledger.contracts.commands.agency;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A quality spot check of the agency's work; {@code serviceId} optional. */
public record RecordQualityCheck(
        @TargetAggregateIdentifier String agencyId,
        String checkId,
        LocalDate checkedOn,
        String result,
        String findings,
        String serviceId) {}

package com.safetycredit.ledger.contracts.commands.agency;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A service the agency rendered to a registered enterprise. */
public record RecordAgencyService(
        @TargetAggregateIdentifier String agencyId,
        String serviceId,
        String clientUscc,
        String serviceType,
        String contractNo,
        LocalDate from,
        LocalDate to,
        String reportNo) {}

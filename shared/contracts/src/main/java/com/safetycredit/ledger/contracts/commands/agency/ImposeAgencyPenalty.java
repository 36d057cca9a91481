package com.safetycredit.ledger.contracts.commands.agency;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrative penalty on an agency; {@code misconduct} an {@code AgencyMisconduct} code or {@code null}. */
public record ImposeAgencyPenalty(
        @TargetAggregateIdentifier String agencyId,
        String penaltyId,
        String decisionNo,
        LocalDate decidedOn,
        String violation,
        long fineYuan,
        boolean serious,
        String misconduct) {}

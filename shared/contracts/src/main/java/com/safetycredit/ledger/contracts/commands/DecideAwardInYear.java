package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by an application on its last approval to the year it belongs to (one enterprise, policy and policy
 * year): every grant of that year passes there, so the year's caps hold even when two grants race.
 */
public record DecideAwardInYear(
        @TargetAggregateIdentifier String yearId,
        String applicationId,
        String uscc,
        String policyId,
        String awardType,
        int policyYear,
        String basisId,
        LocalDate decidedOn) {}

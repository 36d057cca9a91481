package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Apply for an award; the controller has checked the policy, the award type and the enterprise. */
public record ApplyForAward(
        @TargetAggregateIdentifier String applicationId,
        String uscc,
        String awardType,
        int policyYear,
        String basisId,
        String policyId,
        List<String> requiredDepartments,
        LocalDate appliedOn) {}

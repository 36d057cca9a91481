package com.safetycredit.ledger.contracts.commands.agency;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 约谈 ({@code INTERVIEW}) or 通报 ({@code NOTICE}). */
public record RecordAgencyInterview(
        @TargetAggregateIdentifier String agencyId,
        String interviewId,
        String kind,
        LocalDate heldOn,
        String documentNo,
        String reason) {}

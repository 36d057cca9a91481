package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change the recorded profile from a date; {@code null} fields stay as they are. */
public record ChangeEnterpriseProfile(
        @TargetAggregateIdentifier String uscc,
        String name,
        String industry,
        String regionCode,
        String address,
        LocalDate effectiveOn) {}

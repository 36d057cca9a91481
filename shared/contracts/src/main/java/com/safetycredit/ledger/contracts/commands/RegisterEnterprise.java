package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Bring an enterprise under credit supervision. The USCC is checked before the command is sent. */
public record RegisterEnterprise(
        @TargetAggregateIdentifier String uscc,
        String name,
        String industry,
        String regionCode,
        String address,
        String checksumOverrideReason,
        LocalDate registeredOn) {}

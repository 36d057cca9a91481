package com.safetycredit.ledger.contracts.commands.practitioner;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A practitioner on record; {@code name} and {@code idNumber} are sealed values, never clear text. */
public record RegisterPractitioner(
        @TargetAggregateIdentifier String practitionerId,
        String registrationNo,
        String qualification,
        LocalDate qualifiedOn,
        String name,
        String idNumber) {}

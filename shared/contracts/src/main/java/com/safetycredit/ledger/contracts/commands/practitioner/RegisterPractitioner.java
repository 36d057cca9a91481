package com.safetycredit.ledger.contracts.commands.practitioner;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A practitioner on record; {@code name} and {@code idNumber} are sealed values, never clear text. With an
 * employer (checked to exist), the person is registered there from {@code employedFrom} in the same commit.
 */
public record RegisterPractitioner(
        @TargetAggregateIdentifier String practitionerId,
        String registrationNo,
        String qualification,
        LocalDate qualifiedOn,
        String name,
        String idNumber,
        String employmentId,
        String employerKind,
        String employerUscc,
        LocalDate employedFrom) {}

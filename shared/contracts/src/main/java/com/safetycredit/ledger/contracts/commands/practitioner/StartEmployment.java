package com.safetycredit.ledger.contracts.commands.practitioner;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The practitioner is employed at an enterprise or an agency (checked to exist) from {@code from} on. */
public record StartEmployment(
        @TargetAggregateIdentifier String practitionerId,
        String employmentId,
        String employerKind,
        String employerUscc,
        LocalDate from) {}

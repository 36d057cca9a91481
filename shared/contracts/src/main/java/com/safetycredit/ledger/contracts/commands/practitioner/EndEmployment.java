package com.safetycredit.ledger.contracts.commands.practitioner;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The employment ends: no longer employed there from {@code endedOn} on. */
public record EndEmployment(@TargetAggregateIdentifier String practitionerId, String employmentId, LocalDate endedOn) {}

package com.safetycredit.ledger.contracts.commands.agency;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Bring an intermediary service agency under credit supervision; {@code agencyId} is its stream. */
public record RegisterAgency(
        @TargetAggregateIdentifier String agencyId,
        String agencyUscc,
        String name,
        List<String> services,
        String qualificationNo,
        LocalDate qualificationValidUntil,
        String regionCode,
        String address,
        LocalDate registeredOn) {}

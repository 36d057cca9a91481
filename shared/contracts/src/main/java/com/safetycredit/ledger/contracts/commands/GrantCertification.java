package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a certification issued to the enterprise. */
public record GrantCertification(
        @TargetAggregateIdentifier String uscc,
        String certificationId,
        String type,
        String level,
        String certificateNo,
        String issuer,
        LocalDate issuedOn,
        LocalDate expiresOn,
        String personName,
        String personIdMasked) {}

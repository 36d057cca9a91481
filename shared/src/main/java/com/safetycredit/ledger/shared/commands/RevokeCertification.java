package com.safetycredit.ledger.shared.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record the revocation of a certification. */
public record RevokeCertification(@TargetAggregateIdentifier String uscc, String certificationId, String reason, LocalDate decidedOn, String decisionNo, String ground) {
}

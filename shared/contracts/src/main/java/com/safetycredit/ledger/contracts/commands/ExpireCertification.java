package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the ledger's expiry sweep; does nothing unless the certification is still valid and {@code today} has reached its expiry. */
public record ExpireCertification(@TargetAggregateIdentifier String uscc, String certificationId, LocalDate today) {}

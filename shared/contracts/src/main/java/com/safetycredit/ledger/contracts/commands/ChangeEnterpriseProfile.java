package com.safetycredit.ledger.contracts.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Change the recorded profile from a date; {@code null} fields stay as they are. */
public record ChangeEnterpriseProfile(@TargetAggregateIdentifier String uscc, String name, String industry, String regionCode, String address, LocalDate effectiveOn) {
}

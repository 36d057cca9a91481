package com.safetycredit.ledger.shared.commands;

import com.safetycredit.ledger.shared.policy.AwardDecision;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Sent by the recovery policy when a later fact of the same year bars a granted award; idempotent. */
public record MarkAwardForRecovery(@TargetAggregateIdentifier String applicationId, List<AwardDecision.Reason> reasons, LocalDate markedOn) {
}

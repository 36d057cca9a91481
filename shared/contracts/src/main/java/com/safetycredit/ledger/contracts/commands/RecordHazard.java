package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a hidden danger found at the enterprise; {@code supervisionNo}: its 挂牌督办 notice, if any. */
public record RecordHazard(
        @TargetAggregateIdentifier String uscc,
        String hazardId,
        LocalDate foundOn,
        String description,
        boolean major,
        String supervisionNo,
        LocalDate deadline) {}

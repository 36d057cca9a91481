package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the enterprise's credit commitment (信用承诺); {@code publishedAt} when it was made public, if it was. */
public record MakeCreditCommitment(
        @TargetAggregateIdentifier String uscc,
        String commitmentId,
        LocalDate madeOn,
        String text,
        OffsetDateTime publishedAt) {}

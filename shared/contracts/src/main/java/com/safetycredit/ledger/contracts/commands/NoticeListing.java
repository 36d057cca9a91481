package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Tell the enterprise the authority intends to list it (告知); {@code regime} may be {@code null}. */
public record NoticeListing(
        @TargetAggregateIdentifier String uscc,
        String noticeId,
        int basis,
        String regime,
        String penaltyDecisionNo,
        String authority,
        String noticeNo,
        LocalDate noticedOn,
        String facts,
        String groundsOverrideReason) {}

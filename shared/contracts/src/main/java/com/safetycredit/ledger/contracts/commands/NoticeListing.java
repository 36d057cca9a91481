package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Tell the enterprise the authority intends to list it (告知); {@code regime} may be {@code null}.
 * {@code principalRegistrationNo}: basis 5 only, the principal the notice names.
 */
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
        String groundsOverrideReason,
        String principalRegistrationNo) {

    /** A notice naming no principal (every basis but 5). */
    public NoticeListing(
            String uscc,
            String noticeId,
            int basis,
            String regime,
            String penaltyDecisionNo,
            String authority,
            String noticeNo,
            LocalDate noticedOn,
            String facts,
            String groundsOverrideReason) {
        this(
                uscc,
                noticeId,
                basis,
                regime,
                penaltyDecisionNo,
                authority,
                noticeNo,
                noticedOn,
                facts,
                groundsOverrideReason,
                null);
    }
}

package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Put the enterprise on the serious-dishonesty list; {@code regime} may be {@code null} for the regime in force on
 * {@code decidedOn}. {@code groundsOverrideReason}: the reviewer's statement of a basis whose facts the ledger does
 * not record (bases 5 and 8), else {@code null}. {@code noticeId}: the notice the decision follows (required from the
 * notice step's start date on); {@code statementResponse}: the decision's answer to the enterprise's statements.
 * {@code principalRegistrationNo}: basis 5 only, the principal whose conduct the listing rests on (checked against the
 * practitioners' records before the command is sent).
 */
public record BlacklistEnterprise(
        @TargetAggregateIdentifier String uscc,
        String listingId,
        int basis,
        String regime,
        String penaltyDecisionNo,
        String authority,
        String decisionNo,
        LocalDate decidedOn,
        String groundsOverrideReason,
        String noticeId,
        String statementResponse,
        String principalRegistrationNo) {

    /** A listing naming no principal (every basis but 5). */
    public BlacklistEnterprise(
            String uscc,
            String listingId,
            int basis,
            String regime,
            String penaltyDecisionNo,
            String authority,
            String decisionNo,
            LocalDate decidedOn,
            String groundsOverrideReason,
            String noticeId,
            String statementResponse) {
        this(
                uscc,
                listingId,
                basis,
                regime,
                penaltyDecisionNo,
                authority,
                decisionNo,
                decidedOn,
                groundsOverrideReason,
                noticeId,
                statementResponse,
                null);
    }

    /** A listing without a notice (decided before the notice step's start date). */
    public BlacklistEnterprise(
            String uscc,
            String listingId,
            int basis,
            String regime,
            String penaltyDecisionNo,
            String authority,
            String decisionNo,
            LocalDate decidedOn,
            String groundsOverrideReason) {
        this(
                uscc,
                listingId,
                basis,
                regime,
                penaltyDecisionNo,
                authority,
                decisionNo,
                decidedOn,
                groundsOverrideReason,
                null,
                null);
    }

    /** A listing on grounds the ledger records. */
    public BlacklistEnterprise(
            String uscc,
            String listingId,
            int basis,
            String regime,
            String penaltyDecisionNo,
            String authority,
            String decisionNo,
            LocalDate decidedOn) {
        this(uscc, listingId, basis, regime, penaltyDecisionNo, authority, decisionNo, decidedOn, null);
    }
}

package com.safetycredit.ledger.contracts.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the revocation of a certification by a decision; {@code ground} is a {@code RevocationGround} staff may
 * record ({@code FALSE_MATERIALS}, {@code OTHER}), or {@code null} when the decision gave none.
 */
public record RevokeCertification(
        @TargetAggregateIdentifier String uscc,
        String certificationId,
        String reason,
        LocalDate decidedOn,
        String decisionNo,
        String ground) {

    /** A revocation decision that gave no ground. */
    public RevokeCertification(
            String uscc, String certificationId, String reason, LocalDate decidedOn, String decisionNo) {
        this(uscc, certificationId, reason, decidedOn, decisionNo, null);
    }
}

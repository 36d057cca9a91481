package com.safetycredit.ledger.command.award;

import com.safetycredit.ledger.shared.policy.AwardDecision;

/**
 * Decides an award on the ledger's facts once every department approved. An interface so aggregate tests can
 * decide on facts of their own; the server's decides on the enterprise's stored events.
 */
@FunctionalInterface
public interface AwardDecider {

    AwardDecision decide(String uscc, String policyId, String awardType, int policyYear, String basisId);
}

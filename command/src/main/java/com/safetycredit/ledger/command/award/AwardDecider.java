package com.safetycredit.ledger.command.award;

import com.safetycredit.ledger.contracts.values.AwardDecision;
import com.safetycredit.ledger.rules.policy.AwardYearBook;
import java.util.List;

/**
 * Decides an award on the ledger's facts once every department approved, and rechecks granted awards when a
 * fact of their year arrives. An interface so aggregate tests can decide on facts of their own; the server's
 * reads the enterprise's stored events.
 */
public interface AwardDecider {

    AwardDecision decide(
            String uscc, String policyId, String awardType, int policyYear, String basisId, AwardYearBook book);

    /**
     * Why a granted award is to be recovered, on the ledger up to the later of the fact's and the grant's
     * position (a grant decided after the fact already saw it); empty when nothing bars it.
     */
    List<AwardDecision.Reason> recoveryReasons(
            String yearId,
            String applicationId,
            String uscc,
            String policyId,
            int policyYear,
            String basisId,
            long factPosition);
}

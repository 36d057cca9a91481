package com.safetycredit.ledger.command.award;

import com.safetycredit.ledger.shared.credit.EnterpriseRecord;
import com.safetycredit.ledger.shared.credit.EnterpriseRecords;
import com.safetycredit.ledger.shared.policy.AwardDecision;
import com.safetycredit.ledger.shared.policy.AwardEvaluator;
import com.safetycredit.ledger.shared.policy.AwardPolicy;
import com.safetycredit.ledger.shared.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.shared.problems.NotFoundException;
import org.springframework.stereotype.Component;

/** Decides on the enterprise's record as the ledger holds it at the moment of the last approval. */
@Component
public class LedgerAwardDecider implements AwardDecider {

    private final EnterpriseRecords records;
    private final AwardPolicyCatalog policies;

    public LedgerAwardDecider(EnterpriseRecords records, AwardPolicyCatalog policies) {
        this.records = records;
        this.policies = policies;
    }

    @Override
    public AwardDecision decide(String uscc, String policyId, String awardType, int policyYear, String basisId) {
        AwardPolicy policy = policies.policies().stream().filter(p -> p.id().equals(policyId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Award policy " + policyId + " is no longer loaded"));
        EnterpriseRecord record = records.load(uscc)
                .orElseThrow(() -> new NotFoundException("Unknown enterprise", "No enterprise " + uscc));
        return AwardEvaluator.evaluate(policy, awardType, policyYear, basisId, record);
    }
}

package com.safetycredit.ledger.command.award;

import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.events.award.AwardGranted;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.values.AwardDecision;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.person.PractitionerRecords;
import com.safetycredit.ledger.rules.policy.AwardEvaluator;
import com.safetycredit.ledger.rules.policy.AwardGates;
import com.safetycredit.ledger.rules.policy.AwardPolicy;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.rules.policy.AwardYearBook;
import com.safetycredit.ledger.store.LedgerReader;
import com.safetycredit.ledger.store.StoredEnterpriseEvents;
import java.util.List;
import org.springframework.stereotype.Component;

/** Decides on the enterprise's record as the ledger holds it; rechecks on the record up to a given position. */
@Component
public class LedgerAwardDecider implements AwardDecider {

    private final EnterpriseRecords records;
    private final StoredEnterpriseEvents payloads;
    private final AwardPolicyCatalog policies;
    private final LedgerReader store;
    private final PractitionerRecords practitioners;

    public LedgerAwardDecider(
            EnterpriseRecords records,
            StoredEnterpriseEvents payloads,
            AwardPolicyCatalog policies,
            LedgerReader store,
            PractitionerRecords practitioners) {
        this.practitioners = practitioners;
        this.records = records;
        this.payloads = payloads;
        this.policies = policies;
        this.store = store;
    }

    @Override
    public AwardDecision decide(
            String uscc, String policyId, String awardType, int policyYear, String basisId, AwardYearBook book) {
        EnterpriseRecord record =
                records.load(uscc).orElseThrow(() -> new NotFoundException("unknown-enterprise", "uscc", uscc));
        return AwardEvaluator.evaluate(policy(policyId), awardType, policyYear, basisId, record, book, practitioners);
    }

    @Override
    public List<AwardDecision.Reason> recoveryReasons(
            String yearId,
            String applicationId,
            String uscc,
            String policyId,
            int policyYear,
            String basisId,
            long factPosition) {
        long upTo = Math.max(factPosition, grantPosition(yearId, applicationId));
        EnterpriseRecord record = records.loadUpTo(uscc, upTo).orElse(new EnterpriseRecord());
        return AwardGates.recoveryReasons(policy(policyId), policyYear, basisId, record);
    }

    private long grantPosition(String yearId, String applicationId) {
        for (StoredEvent event : store.readAggregateStoredEvents(yearId)) {
            if (event.type().equals("AwardGranted")
                    && payloads.payload(event) instanceof AwardGranted granted
                    && granted.applicationId().equals(applicationId)) {
                return event.position();
            }
        }
        return 0;
    }

    private AwardPolicy policy(String policyId) {
        return policies.byId(policyId)
                .orElseThrow(() -> new IllegalStateException("Award policy " + policyId + " is no longer loaded"));
    }
}

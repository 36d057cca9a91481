package com.safetycredit.ledger.command.award;

import com.safetycredit.ledger.contracts.LedgerTime;
import com.safetycredit.ledger.contracts.commands.RecheckAwardYear;
import com.safetycredit.ledger.contracts.events.EnterpriseFact;
import com.safetycredit.ledger.contracts.events.EventMetadata;
import com.safetycredit.ledger.contracts.events.award.AwardGranted;
import com.safetycredit.ledger.rules.credit.EnterpriseRecords;
import com.safetycredit.ledger.rules.policy.AwardPolicy;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.rules.policy.RecoveryTriggers;
import com.safetycredit.ledger.store.LedgerReader;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * 追回: a fact of a policy year (its valid time: the accident's date, the listing's period, the year a revoked
 * certificate was obtained) sends a recheck to the enterprise's award years of those years, naming the fact's
 * position. The year rechecks on the ledger as of that position, so the outcome does not depend on when this
 * processor runs. It keeps no state of its own, and a replay never sends anything.
 */
@Component
@ProcessingGroup(AwardRecoveryPolicy.NAME)
public class AwardRecoveryPolicy {

    public static final String NAME = RecoveryTriggers.PROCESSOR;
    private static final MetaData POLICY =
            MetaData.with(EventMetadata.ACTOR, "award-recovery-policy").and(EventMetadata.ROLE, "SYSTEM");

    private final EnterpriseRecords records;
    private final AwardPolicyCatalog policies;
    private final CommandGateway commandGateway;
    private final LedgerReader store;
    private final Clock clock;

    public AwardRecoveryPolicy(
            EnterpriseRecords records,
            AwardPolicyCatalog policies,
            CommandGateway commandGateway,
            LedgerReader store,
            Clock clock) {
        this.records = records;
        this.store = store;
        this.policies = policies;
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @EventHandler
    @DisallowReplay
    void on(EnterpriseFact fact, TrackingToken token) {
        if (!RecoveryTriggers.triggers(fact)) {
            return;
        }
        long position = token.position().orElseThrow();
        Set<Integer> years = fact instanceof AwardGranted granted
                ? Set.of(granted.policyYear())
                : records.loadUpTo(fact.uscc(), position)
                        .map(r -> RecoveryTriggers.years(fact, r))
                        .orElse(Set.of());
        for (int year : years) {
            for (AwardPolicy policy : policiesOf(fact, year)) {
                recheck(AwardYears.id(fact.uscc(), policy.id(), year), position, fact);
            }
        }
    }

    private List<AwardPolicy> policiesOf(EnterpriseFact fact, int year) {
        return policies.policies().stream()
                .filter(p -> p.coversPolicyYear(year))
                .filter(p -> !(fact instanceof AwardGranted g) || p.id().equals(g.policyId()))
                .toList();
    }

    private void recheck(String yearId, long position, EnterpriseFact fact) {
        if (store.readAggregateStoredEvents(yearId).isEmpty()) {
            return; // no award of that enterprise, policy and year was ever decided: nothing to recover
        }
        try {
            commandGateway.sendAndWait(
                    new RecheckAwardYear(yearId, position, fact.getClass().getSimpleName(), LedgerTime.today(clock)),
                    POLICY);
        } catch (AggregateNotFoundException decidedOnlyJustNow) {
            // not there after all (another node's commit seen early): its own grant rechecks it
        }
    }
}

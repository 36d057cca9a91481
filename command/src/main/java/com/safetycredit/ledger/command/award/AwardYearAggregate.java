package com.safetycredit.ledger.command.award;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.safetycredit.ledger.contracts.commands.DecideAwardInYear;
import com.safetycredit.ledger.contracts.commands.RecheckAwardYear;
import com.safetycredit.ledger.contracts.events.award.AwardDenied;
import com.safetycredit.ledger.contracts.events.award.AwardGranted;
import com.safetycredit.ledger.contracts.events.award.AwardMarkedForRecovery;
import com.safetycredit.ledger.contracts.events.award.AwardRecoveryLifted;
import com.safetycredit.ledger.contracts.values.AwardDecision;
import com.safetycredit.ledger.rules.policy.AwardYearBook;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The money of one enterprise under one policy in one policy year: every grant of the year is decided here,
 * against what the year already granted, so a cap holds even when two applications are approved at the same
 * moment (the second commit meets the first in the store's unique key and is refused). Recoveries of the
 * year's grants are marked, and lifted, here too.
 */
@Aggregate
public class AwardYearAggregate {

    /** A grant of the year and whether a recovery of it is pending. */
    private record Grant(String awardType, long amountFen, String basisId, boolean recoveryPending) {
        Grant pending(boolean pending) {
            return new Grant(awardType, amountFen, basisId, pending);
        }
    }

    @AggregateIdentifier
    private String yearId;

    private String uscc;
    private String policyId;
    private int policyYear;
    private final AwardYearBook book = AwardYearBook.empty();
    private final Map<String, Grant> grants = new LinkedHashMap<>();

    protected AwardYearAggregate() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    AwardApplicationAggregate.Outcome handle(DecideAwardInYear command, AwardDecider decider) {
        yearId = command.yearId();
        policyId = command.policyId();
        AwardDecision decision = decider.decide(
                command.uscc(), command.policyId(), command.awardType(), command.policyYear(), command.basisId(), book);
        if (decision.eligible()) {
            apply(new AwardGranted(
                    command.uscc(),
                    command.applicationId(),
                    command.awardType(),
                    command.policyYear(),
                    decision.amountFen(),
                    decision.reasons(),
                    command.decidedOn(),
                    command.policyId(),
                    command.basisId()));
            return AwardApplicationAggregate.Outcome.GRANTED;
        }
        apply(new AwardDenied(
                command.uscc(),
                command.applicationId(),
                command.awardType(),
                command.policyYear(),
                decision.reasons(),
                command.decidedOn()));
        return AwardApplicationAggregate.Outcome.DENIED;
    }

    /** Marks each grant the facts now bar, lifts each pending recovery they no longer support. */
    @CommandHandler
    void handle(RecheckAwardYear command, AwardDecider decider) {
        for (Map.Entry<String, Grant> entry : List.copyOf(grants.entrySet())) {
            Grant grant = entry.getValue();
            List<AwardDecision.Reason> reasons = decider.recoveryReasons(
                    yearId, entry.getKey(), uscc, policyId, policyYear, grant.basisId(), command.factPosition());
            if (!reasons.isEmpty() && !grant.recoveryPending()) {
                apply(new AwardMarkedForRecovery(
                        uscc,
                        entry.getKey(),
                        policyYear,
                        reasons,
                        command.checkedOn(),
                        grant.awardType(),
                        grant.amountFen(),
                        command.factPosition(),
                        command.factType()));
            } else if (reasons.isEmpty() && grant.recoveryPending()) {
                apply(new AwardRecoveryLifted(
                        uscc,
                        entry.getKey(),
                        policyYear,
                        grant.awardType(),
                        grant.amountFen(),
                        command.checkedOn(),
                        command.factPosition(),
                        command.factType()));
            }
        }
    }

    @EventSourcingHandler
    void on(AwardGranted event, DomainEventMessage<?> message) {
        opened(event.uscc(), event.policyYear(), message);
        policyId = event.policyId();
        book.record(event.awardType(), event.amountFen());
        grants.put(event.applicationId(), new Grant(event.awardType(), event.amountFen(), event.basisId(), false));
    }

    @EventSourcingHandler
    void on(AwardDenied event, DomainEventMessage<?> message) {
        opened(event.uscc(), event.policyYear(), message);
    }

    @EventSourcingHandler
    void on(AwardMarkedForRecovery event) {
        grants.computeIfPresent(event.applicationId(), (id, grant) -> grant.pending(true));
    }

    @EventSourcingHandler
    void on(AwardRecoveryLifted event) {
        grants.computeIfPresent(event.applicationId(), (id, grant) -> grant.pending(false));
    }

    private void opened(String uscc, int policyYear, DomainEventMessage<?> message) {
        this.yearId = message.getAggregateIdentifier();
        this.uscc = uscc;
        this.policyYear = policyYear;
    }
}

package com.safetycredit.ledger.command.award;

import com.safetycredit.ledger.shared.commands.ApplyForAward;
import com.safetycredit.ledger.shared.commands.MarkAwardForRecovery;
import com.safetycredit.ledger.shared.commands.ReviewAward;
import com.safetycredit.ledger.shared.events.award.AwardApplied;
import com.safetycredit.ledger.shared.events.award.AwardDenied;
import com.safetycredit.ledger.shared.events.award.AwardGranted;
import com.safetycredit.ledger.shared.events.award.AwardMarkedForRecovery;
import com.safetycredit.ledger.shared.events.award.AwardReviewed;
import com.safetycredit.ledger.shared.policy.AwardDecision;
import com.safetycredit.ledger.shared.problems.ConflictException;
import com.safetycredit.ledger.shared.problems.InvalidInputException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One award application through the joint departmental review with one-vote veto (专项资金一票否决制部门联审):
 * any veto denies it; when every required department approved, the policy's gates and conditions are checked
 * on the ledger's facts and the award is granted with its amount, or denied with every reason.
 */
@Aggregate
public class AwardApplicationAggregate {

    public enum Outcome { PENDING, GRANTED, DENIED }

    @AggregateIdentifier
    private String applicationId;
    private String uscc;
    private String awardType;
    private int policyYear;
    private String basisId;
    private String policyId;
    private LocalDate appliedOn;
    private List<String> requiredDepartments = new ArrayList<>();
    private final Map<String, String> reviews = new LinkedHashMap<>();
    private Outcome outcome = Outcome.PENDING;
    private boolean markedForRecovery;

    protected AwardApplicationAggregate() {
        // for Axon
    }

    @CommandHandler
    public AwardApplicationAggregate(ApplyForAward command) {
        apply(new AwardApplied(command.uscc(), command.applicationId(), command.awardType(), command.policyYear(),
                command.basisId(), command.policyId(), command.requiredDepartments(), command.appliedOn()));
    }

    @CommandHandler
    Outcome handle(ReviewAward command, AwardDecider decider) {
        if (outcome != Outcome.PENDING) {
            throw new ConflictException("Already decided", "Application " + applicationId + " was already " + outcome);
        }
        if (!requiredDepartments.contains(command.department())) {
            throw new InvalidInputException("department", command.department()
                    + " is not a reviewing department of " + policyId + "; one of " + requiredDepartments);
        }
        if (reviews.containsKey(command.department())) {
            throw new ConflictException("Already reviewed", command.department() + " already reviewed application "
                    + applicationId + " (" + reviews.get(command.department()) + ")");
        }
        if (command.reviewedOn().isBefore(appliedOn)) {
            throw new ConflictException("Out of order", "reviewedOn " + command.reviewedOn()
                    + " is before the application (" + appliedOn + ")");
        }
        apply(new AwardReviewed(uscc, applicationId, command.department(), command.decision(), command.reason(),
                command.reviewedOn()));
        if ("VETO".equals(command.decision())) {
            apply(new AwardDenied(uscc, applicationId, awardType, policyYear, List.of(new AwardDecision.Reason(
                    "VETOED", command.department() + " 一票否决：" + command.reason(), List.of())), command.reviewedOn()));
            return Outcome.DENIED;
        }
        if (reviews.size() < requiredDepartments.size()) {
            return Outcome.PENDING;
        }
        AwardDecision decision = decider.decide(uscc, policyId, awardType, policyYear, basisId);
        if (decision.eligible()) {
            apply(new AwardGranted(uscc, applicationId, awardType, policyYear, decision.amountFen(),
                    decision.reasons(), command.reviewedOn()));
            return Outcome.GRANTED;
        }
        apply(new AwardDenied(uscc, applicationId, awardType, policyYear, decision.reasons(), command.reviewedOn()));
        return Outcome.DENIED;
    }

    /** Idempotent: only a granted award not yet marked is marked. */
    @CommandHandler
    void handle(MarkAwardForRecovery command) {
        if (outcome == Outcome.GRANTED && !markedForRecovery) {
            apply(new AwardMarkedForRecovery(uscc, applicationId, policyYear, command.reasons(), command.markedOn()));
        }
    }

    @EventSourcingHandler
    void on(AwardApplied event) {
        applicationId = event.applicationId();
        uscc = event.uscc();
        awardType = event.awardType();
        policyYear = event.policyYear();
        basisId = event.basisId();
        policyId = event.policyId();
        appliedOn = event.appliedOn();
        requiredDepartments = new ArrayList<>(event.requiredDepartments());
    }

    @EventSourcingHandler
    void on(AwardReviewed event) {
        reviews.put(event.department(), event.decision());
    }

    @EventSourcingHandler
    void on(AwardGranted event) {
        outcome = Outcome.GRANTED;
    }

    @EventSourcingHandler
    void on(AwardDenied event) {
        outcome = Outcome.DENIED;
    }

    @EventSourcingHandler
    void on(AwardMarkedForRecovery event) {
        markedForRecovery = true;
    }
}

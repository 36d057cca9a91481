package com.safetycredit.ledger.command.award;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.safetycredit.ledger.contracts.commands.ApplyForAward;
import com.safetycredit.ledger.contracts.commands.DecideAwardInYear;
import com.safetycredit.ledger.contracts.commands.ReviewAward;
import com.safetycredit.ledger.contracts.events.award.AwardApplied;
import com.safetycredit.ledger.contracts.events.award.AwardDenied;
import com.safetycredit.ledger.contracts.events.award.AwardGranted;
import com.safetycredit.ledger.contracts.events.award.AwardReviewed;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.contracts.values.AwardDecision;
import com.safetycredit.ledger.rules.labels.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One award application through the joint departmental review with one-vote veto (专项资金一票否决制部门联审):
 * any veto (with its reason) denies it; when every required department approved, the enterprise's award year
 * decides it on the ledger's facts — granted with its amount within the year's cap, or denied with every
 * reason. The application's id is derived from its basis, so a basis is applied for once.
 */
@Aggregate
public class AwardApplicationAggregate {

    /** {@code DECIDED_IN_YEAR}: every department approved; the grant or denial is in the award year's stream. */
    public enum Outcome {
        PENDING,
        GRANTED,
        DENIED,
        DECIDED_IN_YEAR
    }

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

    protected AwardApplicationAggregate() {
        // for Axon
    }

    @CommandHandler
    public AwardApplicationAggregate(ApplyForAward command) {
        apply(new AwardApplied(
                command.uscc(),
                command.applicationId(),
                command.awardType(),
                command.policyYear(),
                command.basisId(),
                command.policyId(),
                command.requiredDepartments(),
                command.appliedOn()));
    }

    @CommandHandler
    Outcome handle(ReviewAward command, CommandGateway commandGateway) {
        if (outcome != Outcome.PENDING) {
            throw new ConflictException("review-closed", null, new LedgerProblem.Label("reviewState", outcome.name()));
        }
        if (!requiredDepartments.contains(command.department())) {
            throw new InvalidInputException(
                    "not-a-review-department",
                    "department",
                    new LedgerProblem.Label("department", command.department()));
        }
        if (reviews.containsKey(command.department())) {
            throw new ConflictException(
                    "already-reviewed",
                    "department",
                    new LedgerProblem.Label("department", command.department()),
                    new LedgerProblem.Label("enum.Decision", reviews.get(command.department())));
        }
        if ("VETO".equals(command.decision())
                && (command.reason() == null || command.reason().isBlank())) {
            throw new InvalidInputException("veto-reason", "reason");
        }
        if (command.reviewedOn().isBefore(appliedOn)) {
            throw new ConflictException(
                    "out-of-order",
                    "reviewedOn",
                    new LedgerProblem.Label("field", "reviewedOn"),
                    command.reviewedOn().toString(),
                    new LedgerProblem.Label("before", "application"),
                    appliedOn.toString());
        }
        apply(new AwardReviewed(
                uscc, applicationId, command.department(), command.decision(), command.reason(), command.reviewedOn()));
        if ("VETO".equals(command.decision())) {
            apply(new AwardDenied(
                    uscc,
                    applicationId,
                    awardType,
                    policyYear,
                    List.of(new AwardDecision.Reason(
                            "VETOED",
                            Labels.zhLabel("department", command.department()) + " 一票否决：" + command.reason(),
                            List.of())),
                    command.reviewedOn()));
            return Outcome.DENIED;
        }
        if (reviews.size() < requiredDepartments.size()) {
            return Outcome.PENDING;
        }
        // the money is decided in the year's boundary, in this same unit of work: one commit or none
        return commandGateway.sendAndWait(new DecideAwardInYear(
                AwardYears.id(uscc, policyId, policyYear),
                applicationId,
                uscc,
                policyId,
                awardType,
                policyYear,
                basisId,
                command.reviewedOn()));
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
        if (reviews.size() == requiredDepartments.size() && !reviews.containsValue("VETO")) {
            outcome = Outcome.DECIDED_IN_YEAR;
        }
    }

    /** Revision 1: grants were recorded in the application's own stream. */
    @EventSourcingHandler
    void on(AwardGranted event) {
        outcome = Outcome.GRANTED;
    }

    @EventSourcingHandler
    void on(AwardDenied event) {
        outcome = Outcome.DENIED;
    }
}

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
import com.safetycredit.ledger.shared.policy.AwardDecision.Reason;
import com.safetycredit.ledger.shared.problems.ConflictException;
import com.safetycredit.ledger.shared.problems.InvalidInputException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

/** The joint departmental review with one-vote veto (专项资金一票否决制部门联审). */
class AwardReviewTest {

    private static final String ID = "awd-1";
    private static final String USCC = "91330482MA28A1B56G";
    private static final LocalDate DAY = LocalDate.of(2021, 11, 1);
    private static final List<String> DEPARTMENTS = List.of("EMERGENCY_MANAGEMENT", "FINANCE");
    private static final AwardApplied APPLIED = new AwardApplied(USCC, ID, "DUAL_PREVENTION", 2021, "c1",
            "PINGHU_2020", DEPARTMENTS, DAY);
    private static final List<Reason> BASIS = List.of(new Reason("BASIS", "依据证书 c1", List.of(7L)));

    private AggregateTestFixture<AwardApplicationAggregate> fixture;
    private AwardDecision nextDecision;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(AwardApplicationAggregate.class);
        fixture.registerInjectableResource((AwardDecider) (uscc, policy, type, year, basis) -> nextDecision);
        nextDecision = new AwardDecision("PINGHU_2020", "DUAL_PREVENTION", 2021, true, 500_000L, BASIS);
    }

    private static ReviewAward review(String department, String decision) {
        return new ReviewAward(ID, department, decision, decision.equals("VETO") ? "存在未整改隐患" : null, DAY.plusDays(3));
    }

    private static AwardReviewed reviewed(String department, String decision) {
        return new AwardReviewed(USCC, ID, department, decision, decision.equals("VETO") ? "存在未整改隐患" : null,
                DAY.plusDays(3));
    }

    @Test
    void applyingStartsTheReview() {
        fixture.givenNoPriorActivity()
                .when(new ApplyForAward(ID, USCC, "DUAL_PREVENTION", 2021, "c1", "PINGHU_2020", DEPARTMENTS, DAY))
                .expectEvents(APPLIED);
    }

    @Test
    void oneApprovalOfTwoLeavesItPending() {
        fixture.given(APPLIED)
                .when(review("FINANCE", "APPROVE"))
                .expectEvents(reviewed("FINANCE", "APPROVE"))
                .expectResultMessagePayload(AwardApplicationAggregate.Outcome.PENDING);
    }

    @Test
    void whenEveryDepartmentApprovedAndTheFactsHoldTheAwardIsGrantedWithItsAmount() {
        fixture.given(APPLIED, reviewed("FINANCE", "APPROVE"))
                .when(review("EMERGENCY_MANAGEMENT", "APPROVE"))
                .expectEvents(reviewed("EMERGENCY_MANAGEMENT", "APPROVE"),
                        new AwardGranted(USCC, ID, "DUAL_PREVENTION", 2021, 500_000L, BASIS, DAY.plusDays(3)))
                .expectResultMessagePayload(AwardApplicationAggregate.Outcome.GRANTED);
    }

    @Test
    void whenEveryDepartmentApprovedButAGateFailsItIsDeniedWithEveryReason() {
        List<Reason> failures = List.of(new Reason("FATAL_ACCIDENT_IN_YEAR", "亡人事故", List.of(9L)),
                new Reason("BLACKLISTED_IN_YEAR", "黑名单", List.of(12L)));
        nextDecision = new AwardDecision("PINGHU_2020", "DUAL_PREVENTION", 2021, false, null, failures);
        fixture.given(APPLIED, reviewed("FINANCE", "APPROVE"))
                .when(review("EMERGENCY_MANAGEMENT", "APPROVE"))
                .expectEvents(reviewed("EMERGENCY_MANAGEMENT", "APPROVE"),
                        new AwardDenied(USCC, ID, "DUAL_PREVENTION", 2021, failures, DAY.plusDays(3)));
    }

    @Test
    void oneVetoDeniesAtOnce() {
        fixture.given(APPLIED)
                .when(review("FINANCE", "VETO"))
                .expectEvents(reviewed("FINANCE", "VETO"), new AwardDenied(USCC, ID, "DUAL_PREVENTION", 2021,
                        List.of(new Reason("VETOED", "FINANCE 一票否决：存在未整改隐患", List.of())), DAY.plusDays(3)));
    }

    @Test
    void aDepartmentReviewsOnceAndOnlyReviewingDepartmentsReview() {
        fixture.given(APPLIED, reviewed("FINANCE", "APPROVE"))
                .when(review("FINANCE", "APPROVE"))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(APPLIED)
                .when(review("TAX", "APPROVE"))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void nothingIsReviewedAfterTheDecision() {
        fixture.given(APPLIED, reviewed("FINANCE", "VETO"),
                        new AwardDenied(USCC, ID, "DUAL_PREVENTION", 2021, List.of(), DAY.plusDays(3)))
                .when(review("EMERGENCY_MANAGEMENT", "APPROVE"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aGrantedAwardIsMarkedForRecoveryOnce() {
        AwardGranted granted = new AwardGranted(USCC, ID, "DUAL_PREVENTION", 2021, 500_000L, BASIS, DAY.plusDays(3));
        List<Reason> reasons = List.of(new Reason("FATAL_ACCIDENT_IN_YEAR", "亡人事故", List.of(20L)));
        AwardMarkedForRecovery marked = new AwardMarkedForRecovery(USCC, ID, 2021, reasons, DAY.plusDays(30));
        fixture.given(APPLIED, granted)
                .when(new MarkAwardForRecovery(ID, reasons, DAY.plusDays(30)))
                .expectEvents(marked);
        fixture.given(APPLIED, granted, marked)
                .when(new MarkAwardForRecovery(ID, reasons, DAY.plusDays(31)))
                .expectNoEvents();
        fixture.given(APPLIED)
                .when(new MarkAwardForRecovery(ID, reasons, DAY.plusDays(31)))
                .expectNoEvents();
    }
}

package com.safetycredit.ledger.command.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.commands.ApplyForAward;
import com.safetycredit.ledger.contracts.commands.DecideAwardInYear;
import com.safetycredit.ledger.contracts.commands.ReviewAward;
import com.safetycredit.ledger.contracts.events.award.AwardApplied;
import com.safetycredit.ledger.contracts.events.award.AwardDenied;
import com.safetycredit.ledger.contracts.events.award.AwardReviewed;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.values.AwardDecision.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The joint departmental review with one-vote veto (专项资金一票否决制部门联审). */
class AwardReviewTest {

    private static final String ID = "awd-1";
    private static final String USCC = "91330482MA28A1B56G";
    private static final LocalDate DAY = LocalDate.of(2021, 11, 1);
    private static final List<String> DEPARTMENTS = List.of("EMERGENCY_MANAGEMENT", "FINANCE");
    private static final AwardApplied APPLIED =
            new AwardApplied(USCC, ID, "DUAL_PREVENTION", 2021, "c1", "PINGHU_2020", DEPARTMENTS, DAY);
    private static final List<Reason> BASIS = List.of(new Reason("BASIS", "依据证书 c1", List.of(7L)));

    private AggregateTestFixture<AwardApplicationAggregate> fixture;
    private final List<DecideAwardInYear> sentToYear = new ArrayList<>();
    private AwardApplicationAggregate.Outcome yearAnswers;

    /** The award year stands behind a command bus: the application hands the money decision to it. */
    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(AwardApplicationAggregate.class);
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(DecideAwardInYear.class.getName(), message -> {
            sentToYear.add((DecideAwardInYear) message.getPayload());
            return yearAnswers;
        });
        fixture.registerInjectableResource(
                DefaultCommandGateway.builder().commandBus(bus).build());
        yearAnswers = AwardApplicationAggregate.Outcome.GRANTED;
    }

    private static ReviewAward review(String department, String decision) {
        return new ReviewAward(ID, department, decision, decision.equals("VETO") ? "存在未整改隐患" : null, DAY.plusDays(3));
    }

    private static AwardReviewed reviewed(String department, String decision) {
        return new AwardReviewed(
                USCC, ID, department, decision, decision.equals("VETO") ? "存在未整改隐患" : null, DAY.plusDays(3));
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
    void theLastApprovalHandsTheDecisionToTheEnterprisesAwardYear() {
        fixture.given(APPLIED, reviewed("FINANCE", "APPROVE"))
                .when(review("EMERGENCY_MANAGEMENT", "APPROVE"))
                .expectEvents(reviewed("EMERGENCY_MANAGEMENT", "APPROVE"))
                .expectResultMessagePayload(AwardApplicationAggregate.Outcome.GRANTED);
        assertThat(sentToYear)
                .containsExactly(new DecideAwardInYear(
                        AwardYears.id(USCC, "PINGHU_2020", 2021),
                        ID,
                        USCC,
                        "PINGHU_2020",
                        "DUAL_PREVENTION",
                        2021,
                        "c1",
                        DAY.plusDays(3)));
    }

    @Test
    void aVetoNeedsItsReason() {
        fixture.given(APPLIED)
                .when(new ReviewAward(ID, "FINANCE", "VETO", " ", DAY.plusDays(3)))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
        assertThat(sentToYear).isEmpty();
    }

    @Test
    void oneVetoDeniesAtOnce() {
        fixture.given(APPLIED)
                .when(review("FINANCE", "VETO"))
                .expectEvents(
                        reviewed("FINANCE", "VETO"),
                        new AwardDenied(
                                USCC,
                                ID,
                                "DUAL_PREVENTION",
                                2021,
                                List.of(new Reason("VETOED", "平湖市财政局 一票否决：存在未整改隐患", List.of())),
                                DAY.plusDays(3)));
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
        fixture.given(
                        APPLIED,
                        reviewed("FINANCE", "VETO"),
                        new AwardDenied(USCC, ID, "DUAL_PREVENTION", 2021, List.of(), DAY.plusDays(3)))
                .when(review("EMERGENCY_MANAGEMENT", "APPROVE"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void nothingIsReviewedAfterEveryDepartmentApproved() {
        fixture.given(APPLIED, reviewed("FINANCE", "APPROVE"), reviewed("EMERGENCY_MANAGEMENT", "APPROVE"))
                .when(review("FINANCE", "VETO"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }
}

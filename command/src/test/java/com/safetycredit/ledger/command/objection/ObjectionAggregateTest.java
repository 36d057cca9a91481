package com.safetycredit.ledger.command.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.safetycredit.ledger.contracts.commands.DecideObjection;
import com.safetycredit.ledger.contracts.commands.ExtendObjection;
import com.safetycredit.ledger.contracts.commands.FileObjection;
import com.safetycredit.ledger.contracts.commands.RetractPenalty;
import com.safetycredit.ledger.contracts.events.objection.ObjectionDecided;
import com.safetycredit.ledger.contracts.events.objection.ObjectionExtended;
import com.safetycredit.ledger.contracts.events.objection.ObjectionFiled;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.rules.procedure.ProcedureRules;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An objection (RULES.md §11): due 5 working days after filing, extendable once to 20, decided once; upheld, it sends
 * the fact's correction in the same unit of work; a fact the ledger cannot correct on its own is not upheld.
 */
class ObjectionAggregateTest {

    static final String USCC = "91330482MA28A1B56G";
    // Friday 26 Sept 2025: 28 Sept (调休), 29, 30 Sept, then after the golden week 9 and 10 Oct
    static final LocalDate FILED = LocalDate.of(2025, 9, 26);
    static final LocalDate DUE = LocalDate.of(2025, 10, 10);

    private AggregateTestFixture<ObjectionAggregate> fixture;
    private RecordingCommandBus corrections;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ObjectionAggregate.class);
        corrections = new RecordingCommandBus();
        fixture.registerInjectableResource(ProcedureRules.DEFAULT);
        fixture.registerInjectableResource(
                DefaultCommandGateway.builder().commandBus(corrections).build());
    }

    private static ObjectionFiled filed(String eventType, String factId) {
        return new ObjectionFiled(USCC, "obj-1", 12, eventType, factId, FILED, "罚款已撤销", DUE);
    }

    @Test
    void anObjectionIsDueFiveWorkingDaysAfterItsFiling() {
        fixture.givenNoPriorActivity()
                .when(new FileObjection("obj-1", USCC, 12, "PenaltyImposed", "pen-1", FILED, "罚款已撤销"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(filed("PenaltyImposed", "pen-1"));
    }

    @Test
    void itIsExtendedOnceToTwentyWorkingDaysFromFilingAndNotAgain() {
        // 20 working days from 26 Sept: 11 Oct is a make-up Saturday, so the 20th is Thursday 30 Oct
        ObjectionExtended extended =
                new ObjectionExtended(USCC, "obj-1", LocalDate.of(2025, 10, 9), "需核实", LocalDate.of(2025, 10, 30));
        fixture.given(filed("PenaltyImposed", "pen-1"))
                .when(new ExtendObjection("obj-1", LocalDate.of(2025, 10, 9), "需核实"))
                .expectEvents(extended);
        fixture.given(filed("PenaltyImposed", "pen-1"), extended)
                .when(new ExtendObjection("obj-1", LocalDate.of(2025, 10, 10), "再次延长"))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("objection-extended"))
                .expectNoEvents();
    }

    @Test
    void upheldItSendsTheCorrectionAndIsDecidedOnce() {
        ObjectionDecided upheld = new ObjectionDecided(
                USCC, "obj-1", "UPHELD", LocalDate.of(2025, 10, 13), "复议已撤销原处罚", "RETRACTION", true);
        fixture.given(filed("PenaltyImposed", "pen-1"))
                .when(new DecideObjection("obj-1", true, LocalDate.of(2025, 10, 13), "复议已撤销原处罚"))
                .expectEvents(upheld);
        assertThat(corrections.getDispatchedCommands()).singleElement().satisfies(command -> assertThat(
                        command.getPayload())
                .isEqualTo(new RetractPenalty(
                        USCC, "pen-1", "异议成立（obj-1）：复议已撤销原处罚", LocalDate.of(2025, 10, 13), "obj-1")));

        fixture.given(filed("PenaltyImposed", "pen-1"), upheld)
                .when(new DecideObjection("obj-1", false, LocalDate.of(2025, 10, 14), "改判"))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("objection-closed"))
                .expectNoEvents();
    }

    @Test
    void rejectedItCorrectsNothingAndOnItsDueDateIsNotLate() {
        fixture.given(filed("PenaltyImposed", "pen-1"))
                .when(new DecideObjection("obj-1", false, DUE, "处罚决定未被撤销"))
                .expectEvents(new ObjectionDecided(USCC, "obj-1", "REJECTED", DUE, "处罚决定未被撤销", null, false));
        assertThat(corrections.getDispatchedCommands()).isEmpty();
    }

    @Test
    void aFactTheLedgerCannotCorrectOnItsOwnIsNotUpheld() {
        fixture.given(filed("CertificationGranted", "cert-1"))
                .when(new DecideObjection("obj-1", true, LocalDate.of(2025, 10, 9), "证书信息有误"))
                .expectException(ConflictException.class)
                .expectNoEvents();
        assertThat(corrections.getDispatchedCommands()).isEmpty();
    }

    @Test
    void noStepBeforeTheFiling() {
        fixture.given(filed("PenaltyImposed", "pen-1"))
                .when(new DecideObjection("obj-1", false, FILED.minusDays(1), "早于异议"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }
}

package com.safetycredit.ledger.command.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.commands.DecideAwardInYear;
import com.safetycredit.ledger.contracts.commands.RecheckAwardYear;
import com.safetycredit.ledger.contracts.events.accident.AccidentReported;
import com.safetycredit.ledger.contracts.events.accident.AccidentRetracted;
import com.safetycredit.ledger.contracts.events.award.AwardDenied;
import com.safetycredit.ledger.contracts.events.award.AwardGranted;
import com.safetycredit.ledger.contracts.events.award.AwardMarkedForRecovery;
import com.safetycredit.ledger.contracts.events.award.AwardRecoveryLifted;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.investment.SafetyInvestmentRecorded;
import com.safetycredit.ledger.contracts.values.AwardDecision;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import com.safetycredit.ledger.rules.policy.AwardEvaluator;
import com.safetycredit.ledger.rules.policy.AwardGates;
import com.safetycredit.ledger.rules.policy.AwardPolicy;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.rules.policy.AwardYearBook;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The award year: caps per enterprise and year across every grant of a kind, recoveries marked and lifted.
 * Decided with the real rules ({@link AwardEvaluator}, {@link AwardGates}) on a record the test builds.
 */
class AwardYearTest {

    private static final AwardPolicy PINGHU =
            AwardPolicyCatalog.shipped().forPolicyYear(2022).orElseThrow();
    private static final String USCC = "91330482MA28A1B56G";
    private static final String YEAR = AwardYears.id(USCC, PINGHU.id(), 2022);
    private static final LocalDate DAY = LocalDate.of(2023, 3, 1);
    private static final String SUBSIDY = "LIABILITY_INSURANCE_SUBSIDY";

    private AggregateTestFixture<AwardYearAggregate> fixture;
    private EnterpriseRecord record;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(AwardYearAggregate.class);
        fixture.registerInjectableResource(new AwardDecider() {
            @Override
            public AwardDecision decide(
                    String uscc, String policyId, String awardType, int year, String basisId, AwardYearBook book) {
                return AwardEvaluator.evaluate(PINGHU, awardType, year, basisId, record, book);
            }

            @Override
            public List<AwardDecision.Reason> recoveryReasons(
                    String yearId,
                    String applicationId,
                    String uscc,
                    String policyId,
                    int year,
                    String basisId,
                    long at) {
                return AwardGates.recoveryReasons(PINGHU, year, basisId, record);
            }
        });
        record = new EnterpriseRecord()
                .apply(
                        new EnterpriseRegistered(
                                USCC, "平湖市示例制造有限公司", "MANUFACTURING", "330482", "平湖市", null, LocalDate.of(2019, 1, 2)),
                        1);
    }

    private void premium(String id, long fen, long position) {
        record.apply(new SafetyInvestmentRecorded(USCC, id, "LIABILITY_INSURANCE", 2022, fen, Map.of(), DAY), position);
    }

    private static DecideAwardInYear decide(String application, String basis) {
        return new DecideAwardInYear(YEAR, application, USCC, PINGHU.id(), SUBSIDY, 2022, basis, DAY);
    }

    private static AwardGranted granted(String application, String basis, long fen) {
        return new AwardGranted(USCC, application, SUBSIDY, 2022, fen, List.of(), DAY, PINGHU.id(), basis);
    }

    @Test
    void twoPoliciesOfOneYearShareTheCapOf30000Yuan() {
        premium("inv-1", 200_000_00L, 2); // 15% = 30,000.00 yuan: the whole cap
        premium("inv-2", 100_000_00L, 3);
        fixture.given(granted("awd-1", "inv-1", 30_000_00L))
                .when(decide("awd-2", "inv-2"))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.matches(e -> e instanceof AwardDenied d
                                && d.reasons().get(0).code().equals("CAP_REACHED")),
                        Matchers.andNoMore())));
    }

    @Test
    void theSecondPolicyGetsWhatIsLeftOfTheCapToTheFen() {
        premium("inv-1", 123_456_78L, 2); // 15% = 18,518.517 → 18,518.52 yuan
        premium("inv-2", 100_000_00L, 3); // 15,000.00, but only 11,481.48 left
        fixture.given(granted("awd-1", "inv-1", 18_518_52L))
                .when(decide("awd-2", "inv-2"))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.matches(e -> e instanceof AwardGranted g
                                && g.amountFen() == 11_481_48L
                                && g.basisId().equals("inv-2")),
                        Matchers.andNoMore())));
    }

    @Test
    void aHazardousChemicalsEnterpriseOfThatYearGetsTheSubsidyUpTo50000Yuan() {
        record = new EnterpriseRecord()
                .apply(
                        new EnterpriseRegistered(
                                USCC,
                                "平湖市示例化工有限公司",
                                "HAZARDOUS_CHEMICALS",
                                "330482",
                                "平湖市",
                                null,
                                LocalDate.of(2019, 1, 2)),
                        1);
        premium("inv-1", 500_000_00L, 2); // 15% = 75,000 → capped at 50,000
        fixture.givenNoPriorActivity()
                .when(decide("awd-1", "inv-1"))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.matches(e -> e instanceof AwardGranted g && g.amountFen() == 50_000_00L),
                        Matchers.andNoMore())));
    }

    @Test
    void aFatalAccidentOfTheYearMarksTheGrantWithAmountAndFactAndARetractionLiftsIt() {
        premium("inv-1", 100_000_00L, 2);
        AwardGranted grant = granted("awd-1", "inv-1", 15_000_00L);
        record.apply(
                new AccidentReported(
                        USCC,
                        "acc-1",
                        OffsetDateTime.of(2022, 12, 20, 9, 0, 0, 0, ZoneOffset.ofHours(8)),
                        LocalDate.of(2022, 12, 20),
                        "PRODUCTION",
                        1,
                        0,
                        0,
                        0,
                        false,
                        "GENERAL",
                        "平应急事〔2022〕9号",
                        "坠落"),
                10);
        List<AwardDecision.Reason> reasons = AwardGates.recoveryReasons(PINGHU, 2022, "inv-1", record);
        AwardMarkedForRecovery marked = new AwardMarkedForRecovery(
                USCC, "awd-1", 2022, reasons, DAY, SUBSIDY, 15_000_00L, 10L, "AccidentReported");
        fixture.given(grant)
                .when(new RecheckAwardYear(YEAR, 10, "AccidentReported", DAY))
                .expectEvents(marked);
        fixture.given(grant, marked)
                .when(new RecheckAwardYear(YEAR, 10, "AccidentReported", DAY))
                .expectNoEvents();
        record.apply(new AccidentRetracted(USCC, "acc-1", "误报", DAY), 11);
        fixture.given(grant, marked)
                .when(new RecheckAwardYear(YEAR, 11, "AccidentRetracted", DAY))
                .expectEvents(new AwardRecoveryLifted(
                        USCC, "awd-1", 2022, SUBSIDY, 15_000_00L, DAY, 11, "AccidentRetracted"));
        assertThat(reasons).extracting(AwardDecision.Reason::code).containsExactly("FATAL_ACCIDENT_IN_YEAR");
    }
}

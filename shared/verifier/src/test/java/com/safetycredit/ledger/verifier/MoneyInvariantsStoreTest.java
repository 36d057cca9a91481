package com.safetycredit.ledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.safetycredit.ledger.contracts.chain.EventPayloads;
import com.safetycredit.ledger.contracts.chain.StoredEvent;
import com.safetycredit.ledger.contracts.events.EventTypeRegistry;
import com.safetycredit.ledger.contracts.events.LedgerEventCatalog;
import com.safetycredit.ledger.contracts.events.accident.AccidentReported;
import com.safetycredit.ledger.contracts.events.award.AwardApplied;
import com.safetycredit.ledger.contracts.events.award.AwardGranted;
import com.safetycredit.ledger.contracts.events.award.AwardMarkedForRecovery;
import com.safetycredit.ledger.contracts.events.certification.CertificationGranted;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.investment.SafetyInvestmentRecorded;
import com.safetycredit.ledger.rules.credit.CreditRules;
import com.safetycredit.ledger.rules.policy.AwardBasis;
import com.safetycredit.ledger.rules.policy.AwardPolicyCatalog;
import com.safetycredit.ledger.rules.policy.MoneyCheck;
import com.safetycredit.ledger.rules.policy.MoneyInvariants;
import com.safetycredit.ledger.store.LedgerSerializer;
import com.safetycredit.ledger.store.MongoLedgerStorageEngine;
import com.safetycredit.ledger.store.testing.TestMongo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ledgers that break each money invariant, written straight into the store (no aggregate, no rule in the
 * way) with an intact hash chain: the verifier — online entry point and offline report alike — names the
 * invariant. And a ledger the award flow could have written passes.
 */
class MoneyInvariantsStoreTest {

    private static final EventTypeRegistry REGISTRY = LedgerEventCatalog.registry();
    private static final AwardPolicyCatalog POLICIES = AwardPolicyCatalog.shipped();
    private static final String POLICY = "PINGHU_2020";
    private static final String PINGHU = "91330482MA2B00011X";
    private static final String PINGHU_2 = "91330482MA2B00022X";
    private static final String JIASHAN = "91330421MA2B00033X";
    private static final LocalDate DAY = LocalDate.of(2023, 3, 1);

    private TestMongo mongo;
    private MongoLedgerStorageEngine store;
    private final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void store() {
        mongo = TestMongo.start();
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        LedgerSerializer serializer = new LedgerSerializer(
                JacksonSerializer.builder().objectMapper(mapper).build(), REGISTRY);
        store = MongoLedgerStorageEngine.builder()
                .database(mongo.newConnection())
                .registry(REGISTRY)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        write(
                PINGHU,
                new EnterpriseRegistered(
                        PINGHU, "平湖示例制造", "MANUFACTURING", "330482", null, null, LocalDate.of(2018, 1, 1)));
        write(
                PINGHU_2,
                new EnterpriseRegistered(
                        PINGHU_2, "平湖示例机械", "MANUFACTURING", "330482", null, null, LocalDate.of(2018, 1, 1)));
        write(
                JIASHAN,
                new EnterpriseRegistered(
                        JIASHAN, "嘉善示例制造", "MANUFACTURING", "330421", null, null, LocalDate.of(2018, 1, 1)));
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aLedgerTheAwardFlowCouldHaveWrittenPasses() {
        certificate(PINGHU, "c1", "DUAL_PREVENTION", null, "七个一-1", LocalDate.of(2021, 3, 1));
        grant(PINGHU, "c1", "DUAL_PREVENTION", 2021, 5_000_00L, derived(PINGHU + "|DUAL_PREVENTION"));
        assertThat(violations()).isEmpty();
        assertThat(offline().moneyInvariants().ok()).isTrue();
    }

    @Test
    void scopeAJiashanEnterprisePaidByPinghu() {
        certificate(JIASHAN, "c1", "DEMONSTRATION_ENTERPRISE", null, "示范-1", LocalDate.of(2021, 3, 1));
        grant(
                JIASHAN,
                "c1",
                "DEMONSTRATION_ENTERPRISE",
                2021,
                20_000_00L,
                derived(JIASHAN + "|DEMONSTRATION_ENTERPRISE"));
        assertNamed("SCOPE");
    }

    @Test
    void oncePerBasisOneAchievementPaidTwiceUnderAnIdNotDerivedFromIt() {
        certificate(PINGHU, "c1", "STANDARDIZATION", "1", "标-1", LocalDate.of(2021, 3, 1));
        certificate(PINGHU, "c2", "STANDARDIZATION", "1", "标-2", LocalDate.of(2021, 9, 1));
        grant(PINGHU, "c1", "STANDARDIZATION_LEVEL_1", 2021, 300_000_00L, derived(PINGHU + "|STANDARDIZATION_LEVEL_1"));
        grant(PINGHU, "c2", "STANDARDIZATION_LEVEL_1", 2021, 300_000_00L, "awd-request-derived");
        assertNamed("ONCE_PER_BASIS");
    }

    @Test
    void oncePerPersonOneEngineerPaidAtTwoEnterprises() {
        certificate(PINGHU, "c1", "REGISTERED_SAFETY_ENGINEER", null, "注安 2021-0001", LocalDate.of(2021, 3, 1));
        certificate(PINGHU_2, "c2", "REGISTERED_SAFETY_ENGINEER", null, "注安2021-0001", LocalDate.of(2021, 5, 1));
        String person = AwardBasis.applicationId(POLICY, AwardBasis.Kind.PERSON, "注安2021-0001");
        grant(PINGHU, "c1", "REGISTERED_SAFETY_ENGINEER", 2021, 3_000_00L, person);
        grant(PINGHU_2, "c2", "REGISTERED_SAFETY_ENGINEER", 2021, 3_000_00L, "awd-second-enterprise");
        assertNamed("ONCE_PER_PERSON");
    }

    @Test
    void capTwoPoliciesOfOneYearEachPaidTheWhole30000() {
        premium("i1", 200_000_00L);
        premium("i2", 200_000_00L);
        grant(
                PINGHU,
                "i1",
                "LIABILITY_INSURANCE_SUBSIDY",
                2022,
                30_000_00L,
                AwardBasis.applicationId(POLICY, AwardBasis.Kind.INVESTMENT, "i1"));
        grant(
                PINGHU,
                "i2",
                "LIABILITY_INSURANCE_SUBSIDY",
                2022,
                30_000_00L,
                AwardBasis.applicationId(POLICY, AwardBasis.Kind.INVESTMENT, "i2"));
        assertNamed("CAP");
    }

    @Test
    void gatesAGrantInAYearTheLedgerAlreadyKnewWasBarred() {
        certificate(PINGHU, "c1", "DUAL_PREVENTION", null, "七个一-1", LocalDate.of(2021, 3, 1));
        fatalAccident(LocalDate.of(2021, 5, 1));
        grant(PINGHU, "c1", "DUAL_PREVENTION", 2021, 5_000_00L, derived(PINGHU + "|DUAL_PREVENTION"));
        assertNamed("GATES");
    }

    @Test
    void recoveryAFatalAccidentOfTheGrantsYearWithoutAMark() {
        certificate(PINGHU, "c1", "DUAL_PREVENTION", null, "七个一-1", LocalDate.of(2021, 3, 1));
        String id = derived(PINGHU + "|DUAL_PREVENTION");
        grant(PINGHU, "c1", "DUAL_PREVENTION", 2021, 5_000_00L, id);
        fatalAccident(LocalDate.of(2021, 12, 20));
        assertNamed("RECOVERY");
        // the mark, with the granted amount, is what the invariant asks for
        write(
                "awy-" + PINGHU + "-" + POLICY + "-2021",
                new AwardMarkedForRecovery(
                        PINGHU, id, 2021, List.of(), DAY, "DUAL_PREVENTION", 5_000_00L, 7L, "AccidentReported"));
        assertThat(violations()).isEmpty();
    }

    private void assertNamed(String invariant) {
        assertThat(violations())
                .extracting(MoneyInvariants.Violation::invariant)
                .contains(invariant);
        OfflineVerifier.Report report = offline();
        assertThat(report.chain().ok()).isTrue();
        assertThat(report.moneyInvariants().violations())
                .extracting(MoneyInvariants.Violation::invariant)
                .contains(invariant);
        assertThat(report.ok()).isFalse();
    }

    private List<MoneyInvariants.Violation> violations() {
        return MoneyCheck.over(stored().iterator(), new EventPayloads(REGISTRY), POLICIES)
                .violations();
    }

    private OfflineVerifier.Report offline() {
        return verifier().verify(stored().iterator(), new OfflineVerifier.Options(null, null, 1, null, DAY));
    }

    private static OfflineVerifier verifier() {
        return new OfflineVerifier(REGISTRY, CreditRules.shipped(), POLICIES);
    }

    private List<StoredEvent> stored() {
        return new ArrayList<>(store.reader().readStoredEvents(0, 10_000));
    }

    private static String derived(String achievement) {
        return AwardBasis.applicationId(POLICY, AwardBasis.Kind.ACHIEVEMENT, achievement);
    }

    private void certificate(String uscc, String id, String type, String level, String number, LocalDate on) {
        write(uscc, new CertificationGranted(uscc, id, type, level, number, "平湖市应急管理局", on, null, null, null));
    }

    private void premium(String id, long fen) {
        write(PINGHU, new SafetyInvestmentRecorded(PINGHU, id, "LIABILITY_INSURANCE", 2022, fen, Map.of(), DAY));
    }

    private void fatalAccident(LocalDate on) {
        write(
                PINGHU,
                new AccidentReported(
                        PINGHU,
                        "acc-" + on,
                        OffsetDateTime.of(on.atTime(9, 0), ZoneOffset.ofHours(8)),
                        on,
                        "PRODUCTION",
                        1,
                        0,
                        0,
                        0,
                        false,
                        "GENERAL",
                        "R-" + on,
                        "坠落"));
    }

    private void grant(String uscc, String basisId, String awardType, int year, long fen, String applicationId) {
        write(
                applicationId,
                new AwardApplied(
                        uscc, applicationId, awardType, year, basisId, POLICY, List.of("EMERGENCY_MANAGEMENT"), DAY));
        write(
                "awy-" + uscc + "-" + POLICY + "-" + year,
                new AwardGranted(uscc, applicationId, awardType, year, fen, List.of(), DAY, POLICY, basisId));
    }

    private void write(String aggregateId, Object payload) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        store.appendEvents(
                new GenericDomainEventMessage<>(payload.getClass().getSimpleName(), aggregateId, sequence, payload));
    }
}

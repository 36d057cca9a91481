package com.safetycredit.ledger.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.accident.AccidentReported;
import com.safetycredit.ledger.contracts.events.accident.AccidentRetracted;
import com.safetycredit.ledger.contracts.events.certification.CertificationGranted;
import com.safetycredit.ledger.contracts.events.certification.CertificationRevoked;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseProfileChanged;
import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.investment.SafetyInvestmentRecorded;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.contracts.events.listing.ListingRevoked;
import com.safetycredit.ledger.contracts.values.AwardDecision;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES.md §7: the Pinghu 2020 policy, decided on the ledger's facts. */
class AwardEvaluatorTest {

    private static final String USCC = "91330482MA2B00011X";
    private static final AwardPolicy PINGHU =
            AwardPolicyCatalog.shipped().forPolicyYear(2021).orElseThrow();
    private long position;

    private EnterpriseRecord enterprise(String industry) {
        position = 0;
        return new EnterpriseRecord()
                .apply(
                        new EnterpriseRegistered(USCC, "示例", industry, "330482", null, null, LocalDate.of(2019, 1, 1)),
                        ++position);
    }

    private EnterpriseRecord with(EnterpriseRecord record, Object event) {
        return record.apply(event, ++position);
    }

    private static CertificationGranted cert(String id, String type, String level, LocalDate issuedOn) {
        return new CertificationGranted(USCC, id, type, level, "N-" + id, issuerOf(level), issuedOn, null, null, null);
    }

    /** The policy's own levels: 省级 by Zhejiang, 嘉兴市级 by Jiaxing, 平湖市级 by Pinghu. */
    private static String issuerOf(String level) {
        return level == null
                ? "平湖市应急管理局"
                : switch (level) {
                    case "PROVINCIAL" -> "浙江省应急管理厅";
                    case "CITY" -> "嘉兴市应急管理局";
                    case "COUNTY" -> "平湖市应急管理局";
                    default -> "应急管理部";
                };
    }

    private static AccidentReported accident(String id, LocalDate day, int deaths, int endangered, boolean levelOne) {
        return new AccidentReported(
                USCC,
                id,
                OffsetDateTime.of(day.atTime(10, 0), ZoneOffset.ofHours(8)),
                day,
                "PRODUCTION",
                deaths,
                0,
                endangered,
                0,
                levelOne,
                "GENERAL",
                "R-" + id,
                "");
    }

    private static SafetyInvestmentRecorded premium(String id, int year, long yuan, Map<String, Object> details) {
        return new SafetyInvestmentRecorded(
                USCC, id, "LIABILITY_INSURANCE", year, yuan * 100, details, LocalDate.of(year, 3, 1));
    }

    @Test
    void thePinghuPolicyCoversExactly2020To2022() {
        AwardPolicyCatalog catalog = AwardPolicyCatalog.shipped();
        assertThat(catalog.forPolicyYear(2019)).isEmpty();
        assertThat(catalog.forPolicyYear(2020)).isPresent();
        assertThat(catalog.forPolicyYear(2022)).isPresent();
        assertThat(catalog.forPolicyYear(2023)).isEmpty();
        assertThat(PINGHU.documentNo()).isEqualTo("平政发〔2020〕55号");
        assertThat(PINGHU.reviewDepartments().codes()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3} yuan")
    @CsvSource({
        "STANDARDIZATION_LEVEL_1, STANDARDIZATION, 1, 300000",
        "STANDARDIZATION_LEVEL_2, STANDARDIZATION, 2, 150000",
        "DUAL_PREVENTION, DUAL_PREVENTION, , 5000",
        "DEMONSTRATION_ENTERPRISE, DEMONSTRATION_ENTERPRISE, , 20000",
        "REGISTERED_SAFETY_ENGINEER, REGISTERED_SAFETY_ENGINEER, , 3000",
        "SAFETY_CULTURE_UNIT, SAFETY_CULTURE_UNIT, NATIONAL, 50000",
        "SAFETY_CULTURE_UNIT, SAFETY_CULTURE_UNIT, PROVINCIAL, 10000",
        "SAFETY_CULTURE_UNIT, SAFETY_CULTURE_UNIT, CITY, 5000",
        "SAFETY_CULTURE_UNIT, SAFETY_CULTURE_UNIT, COUNTY, 2000"
    })
    void everyFixedAmount(String award, String certType, String level, long yuan) {
        EnterpriseRecord record =
                with(enterprise("MANUFACTURING"), cert("c1", certType, level, LocalDate.of(2021, 6, 1)));
        AwardDecision decision = AwardEvaluator.evaluate(PINGHU, award, 2021, "c1", record);
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.amountFen()).isEqualTo(yuan * 100);
        assertThat(decision.reasons())
                .extracting(AwardDecision.Reason::positions)
                .containsExactly(List.of(2L));
    }

    @Test
    void aLevelTwoCertificateDoesNotEarnTheLevelOneAward() {
        EnterpriseRecord record =
                with(enterprise("MANUFACTURING"), cert("c1", "STANDARDIZATION", "2", LocalDate.of(2021, 6, 1)));
        assertThat(AwardEvaluator.evaluate(PINGHU, "STANDARDIZATION_LEVEL_1", 2021, "c1", record)
                        .eligible())
                .isFalse();
    }

    @Test
    void aCertificateObtainedInAnotherYearEarnsNothingThisYear() {
        EnterpriseRecord record =
                with(enterprise("MANUFACTURING"), cert("c1", "DUAL_PREVENTION", null, LocalDate.of(2020, 12, 31)));
        AwardDecision decision = AwardEvaluator.evaluate(PINGHU, "DUAL_PREVENTION", 2021, "c1", record);
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.reasons()).extracting(AwardDecision.Reason::code).containsExactly("BASIS_NOT_IN_YEAR");
    }

    @ParameterizedTest(name = "{0}: premium {1} yuan → {2} yuan")
    @CsvSource({
        "2020, 10000, 3500",
        "2021, 10000, 2500",
        "2022, 10000, 1500",
        "2021, 119996, 29999",
        "2021, 120000, 30000",
        "2021, 120004, 30000",
        "2020, 1000000, 30000"
    })
    void theInsuranceSubsidyRateOfEachYearAndItsCap(int year, long premium, long expectedYuan) {
        EnterpriseRecord record = with(enterprise("MANUFACTURING"), premium("i1", year, premium, Map.of()));
        AwardDecision decision = AwardEvaluator.evaluate(PINGHU, "LIABILITY_INSURANCE_SUBSIDY", year, "i1", record);
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.amountFen()).isEqualTo(expectedYuan * 100);
    }

    @Test
    void theHazardousChemicalsCapIsFiftyThousand() {
        EnterpriseRecord record = with(enterprise("HAZARDOUS_CHEMICALS"), premium("i1", 2020, 1_000_000, Map.of()));
        assertThat(AwardEvaluator.evaluate(PINGHU, "LIABILITY_INSURANCE_SUBSIDY", 2020, "i1", record)
                        .amountFen())
                .isEqualTo(50_000 * 100);
    }

    @Test
    void enterprisesInMustInsureSectorsGetThePremiumSubsidyToo() {
        EnterpriseRecord record = with(enterprise("TRANSPORT"), premium("i1", 2021, 10000, Map.of()));
        AwardDecision decision = AwardEvaluator.evaluate(PINGHU, "LIABILITY_INSURANCE_SUBSIDY", 2021, "i1", record);
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.amountFen()).isEqualTo(2_500_00L);
    }

    @Test
    void smartFireSystemNeedsTheRightPlantBuildingSupplierAndPlatform() {
        Map<String, Object> good = Map.of(
                "singleBuildingAreaM2",
                3001,
                "listedSupplier",
                true,
                "connectedToProvincialPlatform",
                true,
                "subsystems",
                List.of("FIRE_CONTROL_ROOM_REMOTE_MONITORING", "PIPE_NETWORK_WATER_PRESSURE_DETECTION"));
        EnterpriseRecord luggage = with(
                enterprise("LUGGAGE_MANUFACTURING"),
                new SafetyInvestmentRecorded(
                        USCC, "f1", "SMART_FIRE_SYSTEM", 2021, 200_001_00L, good, LocalDate.of(2021, 4, 1)));
        AwardDecision granted = AwardEvaluator.evaluate(PINGHU, "SMART_FIRE_SYSTEM", 2021, "f1", luggage);
        assertThat(granted.amountFen()).isEqualTo(6_000_030L); // 30% of 200,001 yuan = 60,000.30 yuan

        EnterpriseRecord small = with(
                enterprise("GARMENT_MANUFACTURING"),
                new SafetyInvestmentRecorded(
                        USCC,
                        "f1",
                        "SMART_FIRE_SYSTEM",
                        2021,
                        100_000_00L,
                        Map.of("singleBuildingAreaM2", 3000, "listedSupplier", false),
                        LocalDate.of(2021, 4, 1)));
        assertThat(AwardEvaluator.evaluate(PINGHU, "SMART_FIRE_SYSTEM", 2021, "f1", small)
                        .reasons())
                .extracting(AwardDecision.Reason::code)
                .containsExactlyInAnyOrder(
                        "BUILDING_TOO_SMALL", "SUPPLIER_NOT_LISTED", "NOT_CONNECTED", "SUBSYSTEMS_MISSING");
    }

    @Test
    void aPremiumWithFenIsSubsidisedToTheFen() {
        EnterpriseRecord record = with(
                enterprise("MANUFACTURING"),
                new SafetyInvestmentRecorded(
                        USCC, "i1", "LIABILITY_INSURANCE", 2021, 1_234_56L, Map.of(), LocalDate.of(2021, 3, 1)));
        // 25% of 1,234.56 yuan = 308.64 yuan, not 25% of 1,234
        assertThat(AwardEvaluator.evaluate(PINGHU, "LIABILITY_INSURANCE_SUBSIDY", 2021, "i1", record)
                        .amountFen())
                .isEqualTo(308_64L);
    }

    @Test
    void anEnterpriseOutsidePinghuInThePolicyYearIsOutOfScope() {
        EnterpriseRecord jiashan = new EnterpriseRecord()
                .apply(
                        new EnterpriseRegistered(
                                USCC, "嘉善示例", "MANUFACTURING", "330421", null, null, LocalDate.of(2019, 1, 1)),
                        1);
        jiashan.apply(cert("c1", "DEMONSTRATION_ENTERPRISE", null, LocalDate.of(2021, 6, 1)), 2);
        assertThat(AwardEvaluator.evaluate(PINGHU, "DEMONSTRATION_ENTERPRISE", 2021, "c1", jiashan)
                        .reasons())
                .extracting(AwardDecision.Reason::code)
                .containsExactly("OUT_OF_SCOPE");
    }

    @Test
    void scopeAndIndustryAreThoseOfThePolicyYearNotOfToday() {
        // in Pinghu and a hazardous-chemicals enterprise in 2021; moved to Jiashan and changed its line in 2023
        EnterpriseRecord record = with(enterprise("HAZARDOUS_CHEMICALS"), premium("i1", 2021, 1_000_000, Map.of()));
        with(
                record,
                new EnterpriseProfileChanged(USCC, null, "MANUFACTURING", "330421", null, LocalDate.of(2023, 2, 1)));
        AwardDecision decision = AwardEvaluator.evaluate(PINGHU, "LIABILITY_INSURANCE_SUBSIDY", 2021, "i1", record);
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.amountFen()).isEqualTo(50_000_00L);
        // moved into Pinghu only on 1 January 2022: 2021 is out of scope
        EnterpriseRecord late = new EnterpriseRecord()
                .apply(
                        new EnterpriseRegistered(
                                USCC, "示例", "MANUFACTURING", "330421", null, null, LocalDate.of(2019, 1, 1)),
                        1);
        late.apply(premium("i1", 2021, 10_000, Map.of()), 2);
        late.apply(new EnterpriseProfileChanged(USCC, null, null, "330482", null, LocalDate.of(2022, 1, 1)), 3);
        assertThat(AwardEvaluator.evaluate(PINGHU, "LIABILITY_INSURANCE_SUBSIDY", 2021, "i1", late)
                        .reasons())
                .extracting(AwardDecision.Reason::code)
                .containsExactly("OUT_OF_SCOPE");
        assertThat(AwardEvaluator.evaluate(PINGHU, "LIABILITY_INSURANCE_SUBSIDY", 2022, null, late)
                        .reasons())
                .extracting(AwardDecision.Reason::code)
                .containsExactly("NO_BASIS");
    }

    @Test
    void aCultureUnitTitleCountsAtTheLevelOnlyWhenThePolicysOwnRegionIssuedIt() {
        EnterpriseRecord record = with(
                enterprise("MANUFACTURING"),
                new CertificationGranted(
                        USCC,
                        "c1",
                        "SAFETY_CULTURE_UNIT",
                        "COUNTY",
                        "文化-1",
                        "嘉善县应急管理局",
                        LocalDate.of(2021, 6, 1),
                        null,
                        null,
                        null));
        assertThat(AwardEvaluator.evaluate(PINGHU, "SAFETY_CULTURE_UNIT", 2021, "c1", record)
                        .reasons())
                .extracting(AwardDecision.Reason::code)
                .containsExactly("ISSUER_NOT_OF_LEVEL");
        with(
                record,
                new CertificationGranted(
                        USCC,
                        "c2",
                        "SAFETY_CULTURE_UNIT",
                        "CITY",
                        "文化-2",
                        "湖州市应急管理局",
                        LocalDate.of(2021, 7, 1),
                        null,
                        null,
                        null));
        assertThat(AwardEvaluator.evaluate(PINGHU, "SAFETY_CULTURE_UNIT", 2021, "c2", record)
                        .eligible())
                .isFalse();
    }

    @Test
    void eachGateBarsTheYearAndEveryFailingGateIsListedWithItsEvidence() {
        EnterpriseRecord record = enterprise("MANUFACTURING");
        with(record, cert("c1", "DUAL_PREVENTION", null, LocalDate.of(2021, 2, 1)));
        with(record, accident("a1", LocalDate.of(2021, 3, 1), 1, 0, false)); // position 3: fatal
        with(record, accident("a2", LocalDate.of(2021, 4, 1), 0, 3, false)); // 4: 3 endangered
        with(record, accident("a3", LocalDate.of(2021, 5, 1), 0, 0, true)); // 5: level-1 response
        with(
                record,
                new EnterpriseBlacklisted(
                        USCC,
                        "l1",
                        4,
                        "SAWS_2017_49",
                        "p",
                        "a",
                        "d",
                        LocalDate.of(2021, 7, 1),
                        LocalDate.of(2022, 7, 1),
                        false)); // 6: listed
        AwardDecision decision = AwardEvaluator.evaluate(PINGHU, "DUAL_PREVENTION", 2021, "c1", record);
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.reasons())
                .extracting(AwardDecision.Reason::code)
                .containsExactly(
                        "FATAL_ACCIDENT_IN_YEAR",
                        "INFLUENTIAL_ACCIDENT_IN_YEAR",
                        "ACCIDENT_DURING_LEVEL_ONE_RESPONSE",
                        "BLACKLISTED_IN_YEAR");
        assertThat(decision.reasons())
                .extracting(AwardDecision.Reason::positions)
                .containsExactly(List.of(3L), List.of(4L), List.of(5L), List.of(6L));
    }

    /**
     * The gates count production-safety accidents only (rules/accident-gates.json): an employee killed in a road
     * accident on the way to work, with three colleagues endangered, during a level-1 response, bars nothing.
     */
    @Test
    void aCommutingRoadTrafficDeathIsNoFatalOrInfluentialAccidentForTheGates() {
        EnterpriseRecord record = enterprise("MANUFACTURING");
        with(record, cert("c1", "DUAL_PREVENTION", null, LocalDate.of(2021, 2, 1)));
        LocalDate day = LocalDate.of(2021, 3, 1);
        with(
                record,
                new AccidentReported(
                        USCC,
                        "road",
                        OffsetDateTime.of(day.atTime(7, 40), ZoneOffset.ofHours(8)),
                        day,
                        "COMMUTING_ROAD_TRAFFIC",
                        1,
                        0,
                        3,
                        0,
                        true,
                        "GENERAL",
                        "R-road",
                        "职工上班途中交通事故"));
        with(
                record,
                new AccidentReported(
                        USCC,
                        "ill",
                        OffsetDateTime.of(day.atTime(9, 0), ZoneOffset.ofHours(8)),
                        day,
                        "NON_PRODUCTION",
                        1,
                        0,
                        0,
                        0,
                        false,
                        "GENERAL",
                        "R-ill",
                        "职工突发疾病死亡"));
        AwardDecision decision = AwardEvaluator.evaluate(PINGHU, "DUAL_PREVENTION", 2021, "c1", record);
        assertThat(decision.eligible()).isTrue();
        assertThat(AwardEvaluator.gateFailures(PINGHU, 2021, record)).isEmpty();

        with(
                record,
                new AccidentReported(
                        USCC,
                        "work",
                        OffsetDateTime.of(day.atTime(10, 0), ZoneOffset.ofHours(8)),
                        day,
                        "ROAD_TRAFFIC",
                        1,
                        0,
                        0,
                        0,
                        false,
                        "GENERAL",
                        "R-work",
                        "厂内运输车辆事故"));
        assertThat(AwardEvaluator.gateFailures(PINGHU, 2021, record))
                .extracting(AwardDecision.Reason::code)
                .containsExactly("FATAL_ACCIDENT_IN_YEAR");
    }

    /**
     * RULES.md §5 and §7: the ledger revokes the standardization certificate on a fatal accident of its year; the
     * award of that year is barred by the accident and finds its basis revoked; known before the accident, it was due.
     */
    @Test
    void aCertificateRevokedForAFatalAccidentOfItsYearEarnsNothing() {
        EnterpriseRecord record = enterprise("MANUFACTURING");
        LocalDate issued = LocalDate.of(2021, 3, 1);
        with(
                record,
                new CertificationGranted(
                        USCC,
                        "s1",
                        "STANDARDIZATION",
                        "1",
                        "AQB-1",
                        "浙江省应急管理厅",
                        issued,
                        issued.plusYears(3),
                        null,
                        null));
        assertThat(AwardEvaluator.evaluate(PINGHU, "STANDARDIZATION_LEVEL_1", 2021, "s1", record)
                        .amountFen())
                .isEqualTo(300_000L * 100);
        LocalDate day = LocalDate.of(2021, 6, 1);
        with(record, accident("a1", day, 1, 0, false));
        with(record, new CertificationRevoked(USCC, "s1", "发生生产安全亡人事故", day, null, null, "FATAL_ACCIDENT", "a1"));
        AwardDecision decision = AwardEvaluator.evaluate(PINGHU, "STANDARDIZATION_LEVEL_1", 2021, "s1", record);
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.reasons())
                .extracting(AwardDecision.Reason::code)
                .containsExactly("FATAL_ACCIDENT_IN_YEAR", "BASIS_REVOKED");
    }

    /**
     * A certificate earned in 2021 and revoked in 2023 because of a 2023 fact still grounded the 2021 award: the
     * later fact bars its own year. A revocation for false materials takes the achievement away whenever it comes.
     */
    @Test
    void aLaterRevocationTakesAnEarlierYearsAwardAwayOnlyForFalseMaterials() {
        EnterpriseRecord record = enterprise("MANUFACTURING");
        LocalDate issued = LocalDate.of(2021, 3, 1);
        with(
                record,
                new CertificationGranted(
                        USCC,
                        "s1",
                        "STANDARDIZATION",
                        "1",
                        "AQB-1",
                        "浙江省应急管理厅",
                        issued,
                        issued.plusYears(3),
                        null,
                        null));
        with(
                record,
                new CertificationRevoked(
                        USCC, "s1", "列入严重失信主体名单", LocalDate.of(2023, 2, 1), null, "l1", "BLACKLISTED", null));
        AwardDecision kept = AwardEvaluator.evaluate(PINGHU, "STANDARDIZATION_LEVEL_1", 2021, "s1", record);
        assertThat(kept.eligible()).as("revoked in 2023 for a 2023 listing").isTrue();
        assertThat(kept.amountFen()).isEqualTo(300_000L * 100);

        EnterpriseRecord forged = enterprise("MANUFACTURING");
        with(
                forged,
                new CertificationGranted(
                        USCC,
                        "s1",
                        "STANDARDIZATION",
                        "1",
                        "AQB-1",
                        "浙江省应急管理厅",
                        issued,
                        issued.plusYears(3),
                        null,
                        null));
        with(
                forged,
                new CertificationRevoked(
                        USCC, "s1", "申报材料弄虚作假", LocalDate.of(2023, 2, 1), "撤销〔2023〕1号", null, "FALSE_MATERIALS", null));
        AwardDecision refused = AwardEvaluator.evaluate(PINGHU, "STANDARDIZATION_LEVEL_1", 2021, "s1", forged);
        assertThat(refused.eligible()).isFalse();
        assertThat(refused.reasons()).extracting(AwardDecision.Reason::code).containsExactly("BASIS_REVOKED");
    }

    @Test
    void twoPersonsEndangeredIsNotInfluentialAndLastYearsFactsDoNotBar() {
        EnterpriseRecord record = enterprise("MANUFACTURING");
        with(record, cert("c1", "DUAL_PREVENTION", null, LocalDate.of(2021, 2, 1)));
        with(record, accident("a1", LocalDate.of(2021, 3, 1), 0, 2, false));
        with(record, accident("a2", LocalDate.of(2020, 12, 31), 5, 10, true));
        assertThat(AwardEvaluator.evaluate(PINGHU, "DUAL_PREVENTION", 2021, "c1", record)
                        .eligible())
                .isTrue();
    }

    @Test
    void aRetractedAccidentOrARevokedListingDoesNotBar() {
        EnterpriseRecord record = enterprise("MANUFACTURING");
        with(record, cert("c1", "DUAL_PREVENTION", null, LocalDate.of(2021, 2, 1)));
        with(record, accident("a1", LocalDate.of(2021, 3, 1), 1, 0, false));
        with(record, new AccidentRetracted(USCC, "a1", "录入错误", LocalDate.of(2021, 3, 2)));
        with(
                record,
                new EnterpriseBlacklisted(
                        USCC,
                        "l1",
                        4,
                        "SAWS_2017_49",
                        "p",
                        "a",
                        "d",
                        LocalDate.of(2021, 7, 1),
                        LocalDate.of(2022, 7, 1),
                        false));
        with(record, new ListingRevoked(USCC, "l1", "处罚撤销", LocalDate.of(2021, 8, 1)));
        assertThat(AwardEvaluator.evaluate(PINGHU, "DUAL_PREVENTION", 2021, "c1", record)
                        .eligible())
                .isTrue();
    }

    @Test
    void aListingFromLastYearStillRunningBarsThisYear() {
        EnterpriseRecord record = enterprise("MANUFACTURING");
        with(record, cert("c1", "DUAL_PREVENTION", null, LocalDate.of(2021, 2, 1)));
        with(
                record,
                new EnterpriseBlacklisted(
                        USCC,
                        "l1",
                        4,
                        "SAWS_2017_49",
                        "p",
                        "a",
                        "d",
                        LocalDate.of(2020, 7, 1),
                        LocalDate.of(2021, 7, 1),
                        false));
        assertThat(AwardEvaluator.evaluate(PINGHU, "DUAL_PREVENTION", 2021, "c1", record)
                        .reasons())
                .extracting(AwardDecision.Reason::code)
                .containsExactly("BLACKLISTED_IN_YEAR");
        assertThat(AwardEvaluator.evaluate(PINGHU, "DUAL_PREVENTION", 2022, null, record)
                        .reasons())
                .extracting(AwardDecision.Reason::code)
                .doesNotContain("BLACKLISTED_IN_YEAR");
    }

    @Test
    void anotherPolicyIsAddedAsAFileWithoutCode(@TempDir Path folder) throws Exception {
        String pinghu = new String(
                AwardPolicyCatalog.class
                        .getClassLoader()
                        .getResourceAsStream("policies/pinghu-2020.json")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(
                folder.resolve("pinghu-2023.json"),
                pinghu.replace("PINGHU_2020", "PINGHU_2023")
                        .replace("2020-01-01", "2023-01-01")
                        .replace("2022-12-31", "2025-12-31"));
        AwardPolicyCatalog catalog = AwardPolicyCatalog.withExtraFolder(folder);
        assertThat(catalog.forPolicyYear(2024).orElseThrow().id()).isEqualTo("PINGHU_2023");
        assertThat(catalog.forPolicyYear(2021).orElseThrow().id()).isEqualTo("PINGHU_2020");
    }
}

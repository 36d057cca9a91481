package com.safetycredit.ledger.command.enterprise;

import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.USCC;
import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.registered;
import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.seriousPenalty;
import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.standardization;
import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.commands.BlacklistEnterprise;
import com.safetycredit.ledger.contracts.commands.GrantCertification;
import com.safetycredit.ledger.contracts.commands.RecordAccidentReportingViolation;
import com.safetycredit.ledger.contracts.commands.ReportAccident;
import com.safetycredit.ledger.contracts.commands.RetractAccident;
import com.safetycredit.ledger.contracts.commands.ReviseAccidentCasualties;
import com.safetycredit.ledger.contracts.commands.RevokeCertification;
import com.safetycredit.ledger.contracts.commands.RevokeListing;
import com.safetycredit.ledger.contracts.events.accident.AccidentCasualtiesRevised;
import com.safetycredit.ledger.contracts.events.accident.AccidentReported;
import com.safetycredit.ledger.contracts.events.accident.AccidentReportingViolationFound;
import com.safetycredit.ledger.contracts.events.accident.AccidentRetracted;
import com.safetycredit.ledger.contracts.events.certification.CertificationGranted;
import com.safetycredit.ledger.contracts.events.certification.CertificationReinstated;
import com.safetycredit.ledger.contracts.events.certification.CertificationRevoked;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.contracts.events.listing.ListingRemovedEarly;
import com.safetycredit.ledger.contracts.events.listing.ListingRevoked;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.LedgerProblem;
import com.safetycredit.ledger.rules.domain.ListingRegime;
import com.safetycredit.ledger.rules.labels.Labels;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RULES.md §5, the standardization certificate's life, through the aggregate. */
class StandardizationLifecycleTest {

    private static final LocalDate ISSUED = LocalDate.of(2022, 1, 10);
    private static final LocalDate ACCIDENT_DAY = LocalDate.of(2023, 5, 4);
    private AggregateTestFixture<EnterpriseAggregate> fixture;

    @BeforeEach
    void fixture() {
        fixture = EnterpriseFixtures.fixture();
    }

    private static OffsetDateTime at(LocalDate day) {
        return OffsetDateTime.of(day.atTime(14, 30), ZoneOffset.ofHours(8));
    }

    private static ReportAccident report(String id, String category, int deaths) {
        return new ReportAccident(USCC, id, at(ACCIDENT_DAY), category, deaths, 0, 0, 100_000, false, "R-" + id, "事故");
    }

    private static AccidentReported reported(String id, String category, int deaths, LocalDate day) {
        return new AccidentReported(
                USCC,
                id,
                at(day),
                day,
                category,
                deaths,
                0,
                0,
                100_000,
                false,
                deaths >= 3 ? "LARGE" : "GENERAL",
                "R-" + id,
                "事故");
    }

    private static CertificationRevoked revokedByAccident(String certificationId, String accidentId, int deaths) {
        return new CertificationRevoked(
                USCC,
                certificationId,
                "发生生产安全亡人事故（" + ACCIDENT_DAY + "，死亡 " + deaths + " 人，报告 R-" + accidentId + "），撤销标准化证书",
                ACCIDENT_DAY,
                null,
                null,
                "FATAL_ACCIDENT",
                accidentId);
    }

    private static GrantCertification grant(String id, LocalDate issuedOn) {
        return new GrantCertification(
                USCC, id, "STANDARDIZATION", "1", "AQBⅠ-" + id, "浙江省应急管理厅", issuedOn, null, null, null);
    }

    private static CertificationGranted granted(String id, LocalDate issuedOn) {
        return new CertificationGranted(
                USCC,
                id,
                "STANDARDIZATION",
                "1",
                "AQBⅠ-" + id,
                "浙江省应急管理厅",
                issuedOn,
                issuedOn.plusYears(3),
                null,
                null);
    }

    /** The issue's first finding: a 一级 certificate kept through an accident with two deaths. */
    @Test
    void aFatalProductionAccidentRevokesTheStandardizationCertificateValidThatDay() {
        fixture.given(
                        registered(),
                        standardization("S1", "1", ISSUED),
                        new CertificationGranted(
                                USCC, "D1", "DUAL_PREVENTION", null, "SF-1", "平湖市应急管理局", ISSUED, null, null, null),
                        standardization("S2", "2", ACCIDENT_DAY.plusDays(1)))
                .when(report("A1", "PRODUCTION", 2))
                .expectEvents(reported("A1", "PRODUCTION", 2, ACCIDENT_DAY), revokedByAccident("S1", "A1", 2));
    }

    @Test
    void aCommutingRoadTrafficDeathOrAnAccidentWithoutDeathsRevokesNothing() {
        fixture.given(registered(), standardization("S1", "1", ISSUED))
                .when(report("A1", "COMMUTING_ROAD_TRAFFIC", 1))
                .expectEvents(reported("A1", "COMMUTING_ROAD_TRAFFIC", 1, ACCIDENT_DAY));
        fixture.given(registered(), standardization("S1", "1", ISSUED))
                .when(report("A1", "PRODUCTION", 0))
                .expectEvents(reported("A1", "PRODUCTION", 0, ACCIDENT_DAY));
    }

    @Test
    void aRevisionToADeathRevokesAndARevisionBackToNoneReinstates() {
        fixture.given(registered(), standardization("S1", "1", ISSUED), reported("A1", "PRODUCTION", 0, ACCIDENT_DAY))
                .when(new ReviseAccidentCasualties(USCC, "A1", 1, 0, 0, 100_000, ACCIDENT_DAY.plusDays(5), "伤者死亡"))
                .expectEvents(
                        new AccidentCasualtiesRevised(
                                USCC, "A1", 1, 0, 0, 100_000, "GENERAL", ACCIDENT_DAY.plusDays(5), "伤者死亡"),
                        revokedByAccident("S1", "A1", 1));
        fixture.given(
                        registered(),
                        standardization("S1", "1", ISSUED),
                        reported("A1", "PRODUCTION", 1, ACCIDENT_DAY),
                        revokedByAccident("S1", "A1", 1))
                .when(new ReviseAccidentCasualties(USCC, "A1", 0, 1, 0, 100_000, ACCIDENT_DAY.plusDays(6), "误报死亡"))
                .expectEvents(
                        new AccidentCasualtiesRevised(
                                USCC, "A1", 0, 1, 0, 100_000, "GENERAL", ACCIDENT_DAY.plusDays(6), "误报死亡"),
                        new CertificationReinstated(
                                USCC,
                                "S1",
                                "事故伤亡修订为无人死亡（" + ACCIDENT_DAY.plusDays(6) + "），亡人事故不再成立",
                                ACCIDENT_DAY.plusDays(6),
                                ISSUED.plusYears(3)));
    }

    @Test
    void aConcealedOrLateReportRevokesAsOfTheFinding() {
        LocalDate found = ACCIDENT_DAY.plusMonths(2);
        fixture.given(registered(), standardization("S1", "1", ISSUED), reported("A1", "PRODUCTION", 0, ACCIDENT_DAY))
                .when(new RecordAccidentReportingViolation(USCC, "A1", "LATE", found, "平应急认〔2023〕2号", "超过1小时报告"))
                .expectEvents(
                        new AccidentReportingViolationFound(USCC, "A1", "LATE", found, "平应急认〔2023〕2号", "超过1小时报告"),
                        new CertificationRevoked(
                                USCC,
                                "S1",
                                "事故（报告 R-A1）被认定迟报，撤销标准化证书",
                                found,
                                "平应急认〔2023〕2号",
                                null,
                                "CONCEALED_ACCIDENT",
                                "A1"));
    }

    @Test
    void onlyAProductionSafetyAccidentCanBeFoundConcealedAndOnlyOncePerKind() {
        fixture.given(registered(), reported("A1", "COMMUTING_ROAD_TRAFFIC", 1, ACCIDENT_DAY))
                .when(new RecordAccidentReportingViolation(
                        USCC, "A1", "CONCEALED", ACCIDENT_DAY.plusDays(9), "认-1", null))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(
                        registered(),
                        reported("A1", "PRODUCTION", 0, ACCIDENT_DAY),
                        new AccidentReportingViolationFound(
                                USCC, "A1", "CONCEALED", ACCIDENT_DAY.plusDays(9), "认-1", null))
                .when(new RecordAccidentReportingViolation(
                        USCC, "A1", "CONCEALED", ACCIDENT_DAY.plusDays(19), "认-2", null))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(registered(), reported("A1", "PRODUCTION", 0, ACCIDENT_DAY))
                .when(new RecordAccidentReportingViolation(USCC, "A1", "LATE", ACCIDENT_DAY.minusDays(1), "认-1", null))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aRevocationForFalseMaterialsRecordsItsCause() {
        fixture.given(registered(), standardization("S1", "1", ISSUED))
                .when(new RevokeCertification(USCC, "S1", "提供虚假材料", ISSUED.plusMonths(3), "撤-1", "FALSE_MATERIALS"))
                .expectEvents(new CertificationRevoked(
                        USCC, "S1", "提供虚假材料", ISSUED.plusMonths(3), "撤-1", null, "FALSE_MATERIALS", null));
    }

    /** The issue's second finding: a new certificate accepted while listed. */
    @Test
    void aNewCertificateIsRefusedWhileListedNamingTheListing() {
        LocalDate listed = LocalDate.of(2024, 3, 20);
        EnterpriseBlacklisted listing = new EnterpriseBlacklisted(
                USCC,
                "L1",
                9,
                "MEM_ORDER_11_2023",
                "P-1",
                "平湖市应急管理局",
                "平应急失信〔2024〕1号",
                listed,
                listed.plusYears(3),
                false,
                List.of("p-P-1"),
                null);
        fixture.given(registered(), seriousPenalty("P-1", listed.minusDays(5)), listing)
                .when(grant("S9", listed.plusMonths(6)))
                .expectException(ConflictException.class)
                .expectExceptionMessage(Matchers.containsString("standardization-suspended"))
                .expectNoEvents();
        LedgerProblem refusal = refusalOf(
                listed,
                Map.of(),
                Map.of(
                        "L1",
                        new ListingState(
                                ListingRegime.MEM_ORDER_11_2023,
                                "平应急失信〔2024〕1号",
                                listed,
                                listed.plusYears(3),
                                null,
                                ListingState.Status.ACTIVE,
                                "P-1",
                                null,
                                null)));
        assertThat(refusal.code()).isEqualTo("standardization-suspended");
        assertThat(Labels.explain(refusal, Locale.SIMPLIFIED_CHINESE)).contains("平应急失信〔2024〕1号", "标准化定级暂停");
        // before the listing, and from the day it ended early, the review goes on
        LocalDate removed = listed.plusMonths(13);
        fixture.given(
                        registered(),
                        seriousPenalty("P-1", listed.minusDays(5)),
                        listing,
                        new ListingRemovedEarly(USCC, "L1", "修复-1", removed))
                .when(grant("S9", removed))
                .expectEvents(granted("S9", removed));
    }

    /** 29 February: a year after a revocation on that day ends with 28 February; 1 March is the first day back. */
    @Test
    void aNewCertificateWaitsAYearAfterARevocationCountedOnTheCalendar() {
        LocalDate revoked = LocalDate.of(2024, 2, 29);
        Object[] history = {
            registered(),
            standardization("S1", "1", ISSUED),
            new CertificationRevoked(USCC, "S1", "提供虚假材料", revoked, "撤-1", null, "FALSE_MATERIALS", null)
        };
        fixture.given(history)
                .when(grant("S2", LocalDate.of(2025, 2, 28)))
                .expectException(ConflictException.class)
                .expectExceptionMessage(Matchers.containsString("2025-03-01"))
                .expectNoEvents();
        fixture.given(history)
                .when(grant("S2", LocalDate.of(2025, 3, 1)))
                .expectEvents(granted("S2", LocalDate.of(2025, 3, 1)));
        LedgerProblem refusal = refusalOf(
                revoked.plusDays(365),
                Map.of(
                        "S1",
                        new CertificateState(
                                "STANDARDIZATION",
                                "AQB-1",
                                ISSUED,
                                ISSUED.plusYears(3),
                                false,
                                revoked,
                                "FALSE_MATERIALS",
                                null)),
                Map.of());
        assertThat(refusal.code()).isEqualTo("standardization-wait-after-revocation");
        assertThat(refusal.field()).isEqualTo("issuedOn");
        assertThat(Labels.explain(refusal, Locale.SIMPLIFIED_CHINESE)).contains("满1年", "提供虚假材料", "2025-03-01");

        LocalDate ordinary = LocalDate.of(2023, 6, 10);
        Object[] ordinaryHistory = {
            registered(),
            standardization("S1", "1", ISSUED),
            new CertificationRevoked(USCC, "S1", "x", ordinary, "撤-2", null)
        };
        fixture.given(ordinaryHistory)
                .when(grant("S2", LocalDate.of(2024, 6, 9)))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(ordinaryHistory)
                .when(grant("S2", LocalDate.of(2024, 6, 10)))
                .expectEvents(granted("S2", LocalDate.of(2024, 6, 10)));
        // other certifications never wait
        fixture.given(history)
                .when(new GrantCertification(
                        USCC, "D1", "DUAL_PREVENTION", null, "SF-1", "平湖市应急管理局", revoked, null, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCertificateRecordedAfterAFatalAccidentOfItsTermIsRevokedAsOfTheAccident() {
        fixture.given(registered(), reported("A1", "PRODUCTION", 1, ACCIDENT_DAY))
                .when(grant("S1", ISSUED))
                .expectEvents(granted("S1", ISSUED), revokedByAccident("S1", "A1", 1));
        fixture.given(registered(), reported("A1", "PRODUCTION", 1, ACCIDENT_DAY))
                .when(grant("S1", ACCIDENT_DAY.plusDays(1)))
                .expectEvents(granted("S1", ACCIDENT_DAY.plusDays(1)));
    }

    @Test
    void aRetractedAccidentGivesTheCertificateBackUnlessAnotherFactOfItsTermRevokesIt() {
        fixture.given(
                        registered(),
                        standardization("S1", "1", ISSUED),
                        reported("A1", "PRODUCTION", 1, ACCIDENT_DAY),
                        revokedByAccident("S1", "A1", 1))
                .when(new RetractAccident(USCC, "A1", "录入错误", ACCIDENT_DAY.plusDays(3)))
                .expectEvents(
                        new AccidentRetracted(USCC, "A1", "录入错误", ACCIDENT_DAY.plusDays(3)),
                        new CertificationReinstated(
                                USCC,
                                "S1",
                                "事故记录因录入错误被撤回（" + ACCIDENT_DAY.plusDays(3) + "）",
                                ACCIDENT_DAY.plusDays(3),
                                ISSUED.plusYears(3)));
        LocalDate later = ACCIDENT_DAY.plusMonths(1);
        fixture.given(
                        registered(),
                        standardization("S1", "1", ISSUED),
                        reported("A1", "PRODUCTION", 1, ACCIDENT_DAY),
                        revokedByAccident("S1", "A1", 1),
                        reported("A2", "FIRE", 1, later))
                .when(new RetractAccident(USCC, "A1", "录入错误", later.plusDays(3)))
                .expectEvents(
                        new AccidentRetracted(USCC, "A1", "录入错误", later.plusDays(3)),
                        new CertificationReinstated(
                                USCC,
                                "S1",
                                "事故记录因录入错误被撤回（" + later.plusDays(3) + "）",
                                later.plusDays(3),
                                ISSUED.plusYears(3)),
                        new CertificationRevoked(
                                USCC,
                                "S1",
                                "发生生产安全亡人事故（" + later + "，死亡 1 人，报告 R-A2），" + "撤销标准化证书",
                                later,
                                null,
                                null,
                                "FATAL_ACCIDENT",
                                "A2"));
    }

    @Test
    void anAnnulledListingGivesBackTheCertificateItRevoked() {
        LocalDate listed = LocalDate.of(2024, 3, 20);
        fixture.given(
                        registered(),
                        standardization("S1", "1", ISSUED.plusYears(1)),
                        seriousPenalty("P-1", listed),
                        new EnterpriseBlacklisted(
                                USCC,
                                "L1",
                                9,
                                "MEM_ORDER_11_2023",
                                "P-1",
                                "a",
                                "失信-1",
                                listed,
                                listed.plusYears(3),
                                false,
                                List.of("p-P-1"),
                                null),
                        new CertificationRevoked(USCC, "S1", "列入安全生产严重失信主体名单，撤销标准化证书", listed, "失信-1", "L1"))
                .when(new RevokeListing(USCC, "L1", "行政复议撤销", listed.plusDays(40)))
                .expectEvents(
                        new ListingRevoked(USCC, "L1", "行政复议撤销", listed.plusDays(40)),
                        new CertificationReinstated(
                                USCC,
                                "S1",
                                "列入严重失信主体名单的决定被撤销（" + listed.plusDays(40) + "），该名单不再计入",
                                listed.plusDays(40),
                                ISSUED.plusYears(4)));
    }

    @Test
    void aListingRevokesOnlyTheCertificatesValidOnItsDay() {
        LocalDate listed = LocalDate.of(2016, 6, 1);
        fixture.given(
                        registered(),
                        standardization("S-LATER", "2", LocalDate.of(2019, 1, 1)),
                        seriousPenalty("P-0", listed.minusDays(10)))
                .when(new BlacklistEnterprise(USCC, "L0", 9, null, "P-0", "a", "失信-0", listed))
                .expectEvents(new EnterpriseBlacklisted(
                        USCC,
                        "L0",
                        9,
                        "SAWS_2015_14",
                        "P-0",
                        "a",
                        "失信-0",
                        listed,
                        listed.plusYears(1),
                        false,
                        List.of("p-P-0"),
                        null));
    }

    private static LedgerProblem refusalOf(
            LocalDate issuedOn, Map<String, CertificateState> certificates, Map<String, ListingState> listings) {
        try {
            StandardizationLifecycle.checkNewCertificate(issuedOn, certificates, listings);
        } catch (LedgerProblem problem) {
            return problem;
        }
        throw new AssertionError("not refused");
    }
}

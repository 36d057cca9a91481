package com.safetycredit.ledger.command.enterprise;

import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.USCC;
import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.registered;
import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.seriousPenalty;
import static org.hamcrest.Matchers.containsString;

import com.safetycredit.ledger.contracts.commands.BlacklistEnterprise;
import com.safetycredit.ledger.contracts.commands.ImposePenalty;
import com.safetycredit.ledger.contracts.events.accident.AccidentCasualtiesRevised;
import com.safetycredit.ledger.contracts.events.accident.AccidentReported;
import com.safetycredit.ledger.contracts.events.accident.AccidentReportingViolationFound;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RULES.md §3: a listing's basis checked against the enterprise's own facts, through the aggregate. */
class ListingGroundsRulesTest {

    private static final LocalDate ACCIDENT_DAY = LocalDate.of(2024, 1, 15);
    private static final LocalDate PENALIZED = LocalDate.of(2024, 4, 1);
    private static final LocalDate LISTED = LocalDate.of(2024, 4, 20);
    private AggregateTestFixture<EnterpriseAggregate> fixture;

    @BeforeEach
    void fixture() {
        fixture = EnterpriseFixtures.fixture();
    }

    private static AccidentReported accident(String id, String category, int deaths, int injuries, String grade) {
        return new AccidentReported(
                USCC,
                id,
                OffsetDateTime.of(ACCIDENT_DAY.atTime(10, 0), ZoneOffset.ofHours(8)),
                ACCIDENT_DAY,
                category,
                deaths,
                injuries,
                0,
                0,
                false,
                grade,
                "R-" + id,
                "事故");
    }

    private static BlacklistEnterprise listing(int basis, String override) {
        return new BlacklistEnterprise(USCC, "L1", basis, null, "P-1", "平湖市应急管理局", "失信-1", LISTED, override);
    }

    private static EnterpriseBlacklisted listed(int basis, List<String> facts, String override) {
        return new EnterpriseBlacklisted(
                USCC,
                "L1",
                basis,
                "MEM_ORDER_11_2023",
                "P-1",
                "平湖市应急管理局",
                "失信-1",
                LISTED,
                LISTED.plusYears(3),
                false,
                facts,
                override);
    }

    /** The finding: basis 1 accepted with no accident on record. */
    @Test
    void basisOneIsRefusedWithoutAMajorAccidentAndRecordsTheAccidentItRestsOn() {
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED))
                .when(listing(1, null))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("MAJOR_ACCIDENT"))
                .expectNoEvents();
        fixture.given(
                        registered(),
                        accident("A1", "PRODUCTION", 2, 0, "GENERAL"),
                        new AccidentCasualtiesRevised(USCC, "A1", 11, 0, 0, 0, "MAJOR", ACCIDENT_DAY.plusDays(9), "复核"),
                        seriousPenalty("P-1", PENALIZED))
                .when(listing(1, null))
                .expectEvents(listed(1, List.of("A1"), null));
    }

    @Test
    void aMajorCommutingRoadAccidentGroundsNoListing() {
        fixture.given(
                        registered(),
                        accident("A1", "COMMUTING_ROAD_TRAFFIC", 10, 0, "MAJOR"),
                        seriousPenalty("P-1", PENALIZED))
                .when(listing(1, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void basisTwoNeedsTwoLargeAccidentsWithinTwelveMonthsBeforeThePenalty() {
        AccidentReported second = new AccidentReported(
                USCC,
                "A2",
                OffsetDateTime.of(2024, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(8)),
                LocalDate.of(2024, 3, 1),
                "FIRE",
                3,
                0,
                0,
                0,
                false,
                "LARGE",
                "R-A2",
                "");
        fixture.given(registered(), accident("A1", "PRODUCTION", 0, 10, "LARGE"), seriousPenalty("P-1", PENALIZED))
                .when(listing(2, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(
                        registered(),
                        accident("A1", "PRODUCTION", 0, 10, "LARGE"),
                        second,
                        seriousPenalty("P-1", PENALIZED))
                .when(listing(2, null))
                .expectEvents(listed(2, List.of("A1", "A2"), null));
    }

    @Test
    void basisFourNeedsAConcealmentFoundOnRecord() {
        fixture.given(
                        registered(),
                        accident("A1", "PRODUCTION", 0, 1, "GENERAL"),
                        new AccidentReportingViolationFound(USCC, "A1", "LATE", ACCIDENT_DAY.plusDays(20), "认-1", null),
                        seriousPenalty("P-1", PENALIZED))
                .when(listing(4, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(
                        registered(),
                        accident("A1", "PRODUCTION", 0, 1, "GENERAL"),
                        new AccidentReportingViolationFound(
                                USCC, "A1", "CONCEALED", ACCIDENT_DAY.plusDays(20), "认-1", null),
                        seriousPenalty("P-1", PENALIZED))
                .when(listing(4, null))
                .expectEvents(listed(4, List.of("A1"), null));
    }

    @Test
    void basisSixNeedsAPenaltyForOperatingWithoutThePermit() {
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED))
                .when(listing(6, null))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("PERMIT_VIOLATION"))
                .expectNoEvents();
        fixture.given(
                        registered(),
                        new PenaltyImposed(
                                USCC,
                                "pen-1",
                                "P-1",
                                PENALIZED,
                                "未取得危险化学品经营许可证经营",
                                300_000,
                                true,
                                false,
                                "WITHOUT_PERMIT"))
                .when(listing(6, null))
                .expectEvents(listed(6, List.of("pen-1"), null));
        fixture.given(registered())
                .when(new ImposePenalty(
                        USCC, "pen-1", "P-1", PENALIZED, "许可证暂扣期间生产", 300_000, true, false, "WHILE_SUSPENDED"))
                .expectEvents(new PenaltyImposed(
                        USCC, "pen-1", "P-1", PENALIZED, "许可证暂扣期间生产", 300_000, true, false, "WHILE_SUSPENDED"));
    }

    @Test
    void basesFiveAndEightAreAcceptedOnlyWithTheReviewersReasonRecordedAndFiveNamesThePrincipal() {
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED))
                .when(listing(5, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
        String reason = "事故调查报告（平政批〔2024〕3号）认定主要负责人事故发生后逃匿";
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED))
                .when(listing(8, reason))
                .expectEvents(listed(8, List.of(), reason));
        // basis 5 is a person's conduct: the reason alone is not enough, the principal is named too
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED))
                .when(listing(5, reason))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("principal-required"))
                .expectNoEvents();
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED))
                .when(new BlacklistEnterprise(
                        USCC, "L1", 5, null, "P-1", "平湖市应急管理局", "失信-1", LISTED, reason, null, null, "ZJ-PR-1"))
                .expectEvents(new EnterpriseBlacklisted(
                        USCC,
                        "L1",
                        5,
                        "MEM_ORDER_11_2023",
                        "P-1",
                        "平湖市应急管理局",
                        "失信-1",
                        LISTED,
                        LISTED.plusYears(3),
                        false,
                        List.of(),
                        reason,
                        null,
                        null,
                        null,
                        "ZJ-PR-1"));
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED))
                .when(listing(9, "不需要"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    /** The finding: the sample data listed a warehouse under basis 7. */
    @Test
    void basisSevenIsRefusedForAnEnterprise() {
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED))
                .when(listing(7, "出具虚假报告"))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("agency-only-basis"))
                .expectNoEvents();
    }
}

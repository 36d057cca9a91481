package com.safetycredit.ledger.command.enterprise;

import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.USCC;
import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.registered;
import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.seriousPenalty;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import com.safetycredit.ledger.contracts.commands.ApplyForCreditRepair;
import com.safetycredit.ledger.contracts.commands.BlacklistEnterprise;
import com.safetycredit.ledger.contracts.commands.DecideCreditRepair;
import com.safetycredit.ledger.contracts.commands.ExpireListing;
import com.safetycredit.ledger.contracts.commands.NoticeListing;
import com.safetycredit.ledger.contracts.commands.RecordListingStatement;
import com.safetycredit.ledger.contracts.commands.ReinstateListing;
import com.safetycredit.ledger.contracts.commands.RetractPenalty;
import com.safetycredit.ledger.contracts.commands.WithdrawListingNotice;
import com.safetycredit.ledger.contracts.events.commitment.CreditCommitmentMade;
import com.safetycredit.ledger.contracts.events.listing.CreditRepairApplied;
import com.safetycredit.ledger.contracts.events.listing.CreditRepairDecided;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.contracts.events.listing.ListingExpired;
import com.safetycredit.ledger.contracts.events.listing.ListingNoticeWithdrawn;
import com.safetycredit.ledger.contracts.events.listing.ListingNoticed;
import com.safetycredit.ledger.contracts.events.listing.ListingReinstated;
import com.safetycredit.ledger.contracts.events.listing.ListingRemovedEarly;
import com.safetycredit.ledger.contracts.events.listing.ListingRevoked;
import com.safetycredit.ledger.contracts.events.listing.ListingStatementReceived;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyRetracted;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.rules.procedure.ProcedureRules;
import com.safetycredit.ledger.rules.procedure.ProcedureRules.WhileListed;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** RULES.md §11 through the aggregate: notice, statement, decision, one penalty one listing, repair, reinstatement. */
class ListingProcedureTest {

    private static final String AUTHORITY = "平湖市应急管理局";
    /** The notice step required from 2025 in these tests (the shipped default starts later). */
    private static final ProcedureRules RULES = ProcedureRules.DEFAULT.withNoticeRequiredFrom(LocalDate.of(2025, 1, 1));

    private static final LocalDate PENALIZED = LocalDate.of(2025, 9, 1);
    /** Friday; the 5 working days are Sunday 28 Sept (调休), 29, 30 Sept, 9 and 10 Oct: the golden week is skipped. */
    private static final LocalDate NOTICED = LocalDate.of(2025, 9, 26);

    private static final LocalDate DEADLINE = LocalDate.of(2025, 10, 10);

    private final AggregateTestFixture<EnterpriseAggregate> fixture = EnterpriseFixtures.fixture(RULES);

    private static NoticeListing notice(String noticeId, String penalty) {
        return new NoticeListing(
                USCC, noticeId, 9, null, penalty, AUTHORITY, "平应急告〔2025〕1号", NOTICED, "未经许可储存危险化学品", null);
    }

    private static ListingNoticed noticed(String noticeId, String penalty) {
        return new ListingNoticed(
                USCC,
                noticeId,
                9,
                "MEM_ORDER_11_2023",
                penalty,
                AUTHORITY,
                "平应急告〔2025〕1号",
                NOTICED,
                "未经许可储存危险化学品",
                5,
                DEADLINE,
                List.of("p-" + penalty),
                null);
    }

    private static BlacklistEnterprise decide(String listingId, String noticeId, LocalDate on, String response) {
        return new BlacklistEnterprise(
                USCC, listingId, 9, null, "P-1", AUTHORITY, "平应急失信〔2025〕1号", on, null, noticeId, response);
    }

    private static EnterpriseBlacklisted listed(String listingId, String noticeId, LocalDate on, String response) {
        return new EnterpriseBlacklisted(
                USCC,
                listingId,
                9,
                "MEM_ORDER_11_2023",
                "P-1",
                AUTHORITY,
                "平应急失信〔2025〕1号",
                on,
                on.plusYears(3),
                false,
                List.of("p-P-1"),
                null,
                noticeId,
                response,
                null);
    }

    @Test
    void aNoticeStatesFactsBasisAndRegimeAndItsStatementDeadlineInWorkingDays() {
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED))
                .when(notice("N1", "P-1"))
                .expectEvents(noticed("N1", "P-1"));
    }

    @Test
    void noDecisionBeforeTheStatementPeriodEndsUnlessItWasWaived() {
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED), noticed("N1", "P-1"))
                .when(decide("L1", "N1", DEADLINE, null))
                .expectException(ConflictException.class)
                .expectExceptionMessage(
                        allOf(containsString("statement-period-running"), containsString("2025-10-10")));
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED), noticed("N1", "P-1"))
                .when(decide("L1", "N1", DEADLINE.plusDays(1), null))
                .expectEvents(listed("L1", "N1", DEADLINE.plusDays(1), null));
        LocalDate early = NOTICED.plusDays(3);
        fixture.given(
                        registered(),
                        seriousPenalty("P-1", PENALIZED),
                        noticed("N1", "P-1"),
                        new ListingStatementReceived(USCC, "N1", "S1", early, "放弃陈述申辩", true, false))
                .when(decide("L1", "N1", early, "当事人书面放弃陈述申辩"))
                .expectEvents(listed("L1", "N1", early, "当事人书面放弃陈述申辩"));
    }

    @Test
    void aStatementIsRecordedLateOrNotAndTheDecisionMustAnswerIt() {
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED), noticed("N1", "P-1"))
                .when(new RecordListingStatement(USCC, "N1", "S1", DEADLINE.plusDays(1), "已整改", false))
                .expectEvents(new ListingStatementReceived(USCC, "N1", "S1", DEADLINE.plusDays(1), "已整改", false, true));
        fixture.given(
                        registered(),
                        seriousPenalty("P-1", PENALIZED),
                        noticed("N1", "P-1"),
                        new ListingStatementReceived(USCC, "N1", "S1", DEADLINE, "已整改", false, false))
                .when(decide("L1", "N1", DEADLINE.plusDays(3), " "))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("statement-response-required"));
    }

    @Test
    void fromTheStartDateAListingNeedsANoticeBeforeItAListingWithoutOneStaysValid() {
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED))
                .when(decide("L1", null, DEADLINE, null))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("notice-required"));
        LocalDate before = LocalDate.of(2024, 12, 31);
        fixture.given(registered(), seriousPenalty("P-1", before.minusDays(10)))
                .when(decide("L1", null, before, null))
                .expectEvents(new EnterpriseBlacklisted(
                        USCC,
                        "L1",
                        9,
                        "MEM_ORDER_11_2023",
                        "P-1",
                        AUTHORITY,
                        "平应急失信〔2025〕1号",
                        before,
                        before.plusYears(3),
                        false,
                        List.of("p-P-1"),
                        null));
    }

    @Test
    void aDecidedOrWithdrawnNoticeIsClosedAndItsDecisionMustKeepItsPenaltyAndBasis() {
        fixture.given(
                        registered(),
                        seriousPenalty("P-1", PENALIZED),
                        noticed("N1", "P-1"),
                        new ListingNoticeWithdrawn(USCC, "N1", DEADLINE, "陈述理由成立"))
                .when(decide("L1", "N1", DEADLINE.plusDays(1), null))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("notice-closed"));
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED), noticed("N1", "P-1"))
                .when(new WithdrawListingNotice(USCC, "N1", DEADLINE, "陈述理由成立"))
                .expectEvents(new ListingNoticeWithdrawn(USCC, "N1", DEADLINE, "陈述理由成立"));
        fixture.given(
                        registered(),
                        seriousPenalty("P-1", PENALIZED),
                        seriousPenalty("P-2", PENALIZED),
                        noticed("N1", "P-2"))
                .when(decide("L1", "N1", DEADLINE.plusDays(1), null))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("notice-mismatch"));
    }

    @Test
    void onePenaltyGroundsOneListingAndAnAnnulledListingCountsForNothing() {
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED), noticed("N1", "P-1"))
                .when(notice("N2", "P-1"))
                .expectException(ConflictException.class)
                .expectExceptionMessage(allOf(containsString("penalty-already-noticed"), containsString("N1")));
        fixture.given(
                        registered(),
                        seriousPenalty("P-1", PENALIZED),
                        noticed("N1", "P-1"),
                        listed("L1", "N1", DEADLINE.plusDays(1), null))
                .when(notice("N2", "P-1"))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("penalty-already-listed"));
        // annulled: the penalty may ground a listing again, which is no repeat entry
        LocalDate annulled = DEADLINE.plusDays(20);
        LocalDate again = LocalDate.of(2025, 12, 1);
        fixture.given(
                        registered(),
                        seriousPenalty("P-1", PENALIZED),
                        noticed("N1", "P-1"),
                        listed("L1", "N1", DEADLINE.plusDays(1), null),
                        new ListingRevoked(USCC, "L1", "程序违法", annulled),
                        new ListingNoticed(
                                USCC,
                                "N2",
                                9,
                                "MEM_ORDER_11_2023",
                                "P-1",
                                AUTHORITY,
                                "平应急告〔2025〕1号",
                                annulled,
                                "未经许可储存危险化学品",
                                5,
                                LocalDate.of(2025, 11, 7),
                                List.of("p-P-1"),
                                null))
                .when(decide("L2", "N2", again, null))
                .expectEvents(listed("L2", "N2", again, null));
    }

    @Test
    void aListingWhileAnotherIsInForceIsRefusedByDefaultNamingIt() {
        fixture.given(
                        registered(),
                        seriousPenalty("P-0", LocalDate.of(2024, 3, 1)),
                        new EnterpriseBlacklisted(
                                USCC,
                                "L0",
                                9,
                                "MEM_ORDER_11_2023",
                                "P-0",
                                AUTHORITY,
                                "平应急失信〔2024〕9号",
                                LocalDate.of(2024, 3, 20),
                                LocalDate.of(2027, 3, 20),
                                false),
                        seriousPenalty("P-1", PENALIZED))
                .when(notice("N1", "P-1"))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("平应急失信〔2024〕9号"));
    }

    @Test
    void underTheRuleExtendTheNewPeriodStartsWhereTheListingInForceEnds() {
        EnterpriseFixtures.fixture(RULES.withWhileListed(WhileListed.EXTEND))
                .given(
                        registered(),
                        seriousPenalty("P-0", LocalDate.of(2024, 3, 1)),
                        new EnterpriseBlacklisted(
                                USCC,
                                "L0",
                                9,
                                "MEM_ORDER_11_2023",
                                "P-0",
                                AUTHORITY,
                                "平应急失信〔2024〕9号",
                                LocalDate.of(2024, 3, 20),
                                LocalDate.of(2027, 3, 20),
                                false),
                        seriousPenalty("P-1", PENALIZED),
                        noticed("N1", "P-1"))
                .when(decide("L1", "N1", DEADLINE.plusDays(1), null))
                .expectEvents(new EnterpriseBlacklisted(
                        USCC,
                        "L1",
                        9,
                        "MEM_ORDER_11_2023",
                        "P-1",
                        AUTHORITY,
                        "平应急失信〔2025〕1号",
                        DEADLINE.plusDays(1),
                        LocalDate.of(2030, 3, 20),
                        true,
                        List.of("p-P-1"),
                        null,
                        "N1",
                        null,
                        "L0"));
    }

    private static final LocalDate LISTED = LocalDate.of(2024, 3, 20);

    private static Object[] listedIn2024() {
        return new Object[] {
            registered(),
            seriousPenalty("P-1", LocalDate.of(2024, 3, 1)),
            new EnterpriseBlacklisted(
                    USCC,
                    "L1",
                    9,
                    "MEM_ORDER_11_2023",
                    "P-1",
                    AUTHORITY,
                    "平应急失信〔2024〕1号",
                    LISTED,
                    LISTED.plusYears(3),
                    false)
        };
    }

    private static ApplyForCreditRepair repair(LocalDate on, boolean executed) {
        return new ApplyForCreditRepair(USCC, "R1", "L1", on, executed, "整改报告〔2025〕1号", "cmt-1");
    }

    @Test
    void creditRepairIsForTwelveMonthsOnTheListWithThePenaltyExecuted() {
        fixture.given(listedIn2024())
                .when(repair(LISTED.plusMonths(12).minusDays(1), true))
                .expectException(ConflictException.class)
                .expectExceptionMessage(allOf(containsString("repair-too-early"), containsString("2025-03-20")));
        fixture.given(listedIn2024())
                .when(repair(LISTED.plusMonths(12), false))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("penalty-not-executed"));
        fixture.given(listedIn2024())
                .andGiven(commitment("cmt-1", LISTED.plusMonths(6)))
                .when(repair(LISTED.plusMonths(12), true))
                .expectEvents(new CreditRepairApplied(
                        USCC, "R1", "L1", LISTED.plusMonths(12), true, "整改报告〔2025〕1号", "cmt-1"));
    }

    private static CreditCommitmentMade commitment(String id, LocalDate madeOn) {
        return new CreditCommitmentMade(USCC, id, madeOn, "本企业承诺依法依规开展生产经营", null);
    }

    @Test
    void aRepairNamesACreditCommitmentOnFileMadeByTheDayOfTheApplication() {
        LocalDate applied = LISTED.plusMonths(12);
        fixture.given(listedIn2024())
                .when(repair(applied, true))
                .expectException(ConflictException.class)
                .expectExceptionMessage(allOf(containsString("commitment-not-on-file"), containsString("cmt-1")));
        fixture.given(listedIn2024())
                .andGiven(commitment("cmt-2", applied.minusDays(3)))
                .when(repair(applied, true))
                .expectException(ConflictException.class)
                .expectExceptionMessage(allOf(containsString("commitment-not-on-file"), containsString("cmt-1")));
        fixture.given(listedIn2024())
                .andGiven(commitment("cmt-1", applied.plusDays(1)))
                .when(repair(applied, true))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("commitment-after-application"));
        fixture.given(listedIn2024())
                .andGiven(commitment("cmt-1", applied))
                .when(repair(applied, true))
                .expectEvents(new CreditRepairApplied(USCC, "R1", "L1", applied, true, "整改报告〔2025〕1号", "cmt-1"));
    }

    @Test
    void anApprovedRepairIsTheEarlyRemovalAndIsDecidedOnce() {
        LocalDate applied = LocalDate.of(2025, 4, 1);
        LocalDate decided = LocalDate.of(2025, 4, 15);
        CreditRepairApplied application =
                new CreditRepairApplied(USCC, "R1", "L1", applied, true, "整改报告〔2025〕1号", "cmt-1");
        fixture.given(listedIn2024())
                .andGiven(application)
                .when(new DecideCreditRepair(USCC, "R1", true, decided, "平应急修〔2025〕1号", "已整改"))
                .expectEvents(
                        new CreditRepairDecided(USCC, "R1", "L1", "APPROVED", decided, "平应急修〔2025〕1号", "已整改"),
                        new ListingRemovedEarly(USCC, "L1", "平应急修〔2025〕1号", decided));
        fixture.given(listedIn2024())
                .andGiven(
                        application,
                        new CreditRepairDecided(USCC, "R1", "L1", "REJECTED", decided, "平应急修〔2025〕1号", "整改不到位"))
                .when(new DecideCreditRepair(USCC, "R1", true, decided, "平应急修〔2025〕2号", "再次"))
                .expectException(ConflictException.class)
                .expectExceptionMessage(allOf(containsString("repair-decided"), containsString("REJECTED")));
    }

    @Test
    void aRepairObtainedByFraudIsRevokedAndTheListingRunsAgainForItsRemainingPeriod() {
        LocalDate removed = LocalDate.of(2025, 4, 15); // 704 days before the expiry of 2027-03-20
        LocalDate reinstated = LocalDate.of(2025, 10, 9);
        LocalDate runsUntil = reinstated.plusDays(704);
        fixture.given(listedIn2024())
                .andGiven(
                        new CreditRepairApplied(USCC, "R1", "L1", removed, true, "整改报告〔2025〕1号", "cmt-1"),
                        new CreditRepairDecided(USCC, "R1", "L1", "APPROVED", removed, "修-1", "已整改"),
                        new ListingRemovedEarly(USCC, "L1", "修-1", removed))
                .when(new ReinstateListing(USCC, "L1", reinstated, "平应急恢〔2025〕1号", "整改报告系伪造"))
                .expectEvents(
                        new ListingReinstated(USCC, "L1", reinstated, "平应急恢〔2025〕1号", "整改报告系伪造", "R1", runsUntil));
        fixture.given(listedIn2024())
                .when(new ReinstateListing(USCC, "L1", reinstated, "平应急恢〔2025〕1号", "整改报告系伪造"))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("listing-not-removed-early"));
        // it expires at its new end, appended by the ledger's sweep
        fixture.given(listedIn2024())
                .andGiven(
                        new ListingRemovedEarly(USCC, "L1", "修-1", removed),
                        new ListingReinstated(USCC, "L1", reinstated, "恢-1", "伪造", null, runsUntil))
                .when(new ExpireListing(USCC, "L1", runsUntil))
                .expectEvents(new ListingExpired(USCC, "L1", runsUntil));
    }

    @Test
    void aPenaltyGroundingAListingIsNotRetractedBeforeTheListingIsAnnulled() {
        fixture.given(listedIn2024())
                .when(new RetractPenalty(USCC, "p-P-1", "录入错误", LocalDate.of(2025, 1, 2), "obj-1"))
                .expectException(ConflictException.class)
                .expectExceptionMessage(containsString("penalty-grounds-listing"));
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED))
                .when(new RetractPenalty(USCC, "p-P-1", "录入错误", PENALIZED.plusDays(2), "obj-1"))
                .expectEvents(new PenaltyRetracted(USCC, "p-P-1", "录入错误", PENALIZED.plusDays(2), "obj-1"));
    }

    private static final String CONDUCT = "事故调查报告认定主要负责人事故发生后擅离职守";

    private static NoticeListing principalNotice(String principal) {
        return new NoticeListing(
                USCC, "N5", 5, null, "P-1", AUTHORITY, "平应急告〔2025〕5号", NOTICED, "主要负责人擅离职守", CONDUCT, principal);
    }

    private static ListingNoticed principalNoticed(String principal) {
        return new ListingNoticed(
                USCC,
                "N5",
                5,
                "MEM_ORDER_11_2023",
                "P-1",
                AUTHORITY,
                "平应急告〔2025〕5号",
                NOTICED,
                "主要负责人擅离职守",
                5,
                DEADLINE,
                List.of(),
                CONDUCT,
                principal);
    }

    private static BlacklistEnterprise principalDecision(String principal) {
        return new BlacklistEnterprise(
                USCC,
                "L5",
                5,
                null,
                "P-1",
                AUTHORITY,
                "平应急失信〔2025〕5号",
                DEADLINE.plusDays(1),
                CONDUCT,
                "N5",
                null,
                principal);
    }

    private static EnterpriseBlacklisted principalListed(String principal) {
        return new EnterpriseBlacklisted(
                USCC,
                "L5",
                5,
                "MEM_ORDER_11_2023",
                "P-1",
                AUTHORITY,
                "平应急失信〔2025〕5号",
                DEADLINE.plusDays(1),
                DEADLINE.plusDays(1).plusYears(3),
                false,
                List.of(),
                CONDUCT,
                "N5",
                null,
                null,
                principal);
    }

    @Test
    void basisFiveNamesThePrincipalInTheNoticeAndTheDecisionKeepsThatPerson() {
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED))
                .when(principalNotice(null))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("principal-required"));
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED))
                .when(principalNotice("ZJ-PR-7"))
                .expectEvents(principalNoticed("ZJ-PR-7"));
        // the decision may leave the person out: it is the notice's
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED), principalNoticed("ZJ-PR-7"))
                .when(principalDecision(null))
                .expectEvents(principalListed("ZJ-PR-7"));
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED), principalNoticed("ZJ-PR-7"))
                .when(principalDecision("ZJ-PR-8"))
                .expectException(ConflictException.class)
                .expectExceptionMessage(
                        allOf(containsString("principal-differs-from-notice"), containsString("ZJ-PR-7")));
    }

    @Test
    void noOtherBasisNamesAPrincipal() {
        fixture.given(registered(), seriousPenalty("P-1", PENALIZED))
                .when(new NoticeListing(
                        USCC, "N1", 9, null, "P-1", AUTHORITY, "平应急告〔2025〕1号", NOTICED, "未经许可储存危险化学品", null, "ZJ-PR-7"))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("principal-not-allowed"));
    }
}

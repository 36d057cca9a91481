package com.safetycredit.ledger.command.enterprise;

import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.USCC;
import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.registered;
import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.seriousPenalty;
import static com.safetycredit.ledger.command.enterprise.EnterpriseFixtures.standardization;

import com.safetycredit.ledger.contracts.commands.BlacklistEnterprise;
import com.safetycredit.ledger.contracts.commands.ExpireListing;
import com.safetycredit.ledger.contracts.commands.ImposePenalty;
import com.safetycredit.ledger.contracts.commands.RemoveListingEarly;
import com.safetycredit.ledger.contracts.commands.RevokeListing;
import com.safetycredit.ledger.contracts.events.certification.CertificationGranted;
import com.safetycredit.ledger.contracts.events.certification.CertificationRevoked;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.contracts.events.listing.ListingExpired;
import com.safetycredit.ledger.contracts.events.listing.ListingRemovedEarly;
import com.safetycredit.ledger.contracts.events.listing.ListingRevoked;
import com.safetycredit.ledger.contracts.events.penalty.PenaltyImposed;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.rules.procedure.ProcedureRules;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RULES.md §3 and §5 through the aggregate. */
class ListingRulesTest {

    private static final LocalDate PENALTY_DAY = LocalDate.of(2024, 3, 1);
    private static final LocalDate LISTED = LocalDate.of(2024, 3, 20);
    private static final String AUTHORITY = "平湖市应急管理局";

    private AggregateTestFixture<EnterpriseAggregate> fixture;

    @BeforeEach
    void fixture() {
        fixture = EnterpriseFixtures.fixture();
    }

    /** Basis 9 (other serious violations) rests on the serious penalty itself; the other bases: ListingGroundsRulesTest. */
    private static BlacklistEnterprise blacklist(String listingId, String penaltyDecisionNo) {
        return new BlacklistEnterprise(USCC, listingId, 9, null, penaltyDecisionNo, AUTHORITY, "平应急失信〔2024〕1号", LISTED);
    }

    /** A listing as stored before grounds were recorded (revision 1): as old history replays. */
    private static EnterpriseBlacklisted listed(String listingId) {
        return new EnterpriseBlacklisted(
                USCC,
                listingId,
                6,
                "MEM_ORDER_11_2023",
                "P-1",
                AUTHORITY,
                "平应急失信〔2024〕1号",
                LISTED,
                LISTED.plusYears(3),
                false);
    }

    /** The listing {@link #blacklist} records, with its grounds: the penalty. */
    private static EnterpriseBlacklisted listedOnThePenalty(String listingId) {
        return new EnterpriseBlacklisted(
                USCC,
                listingId,
                9,
                "MEM_ORDER_11_2023",
                "P-1",
                AUTHORITY,
                "平应急失信〔2024〕1号",
                LISTED,
                LISTED.plusYears(3),
                false,
                List.of("p-P-1"),
                null);
    }

    @Test
    void aListingUnderThe2023RuleLastsThreeYearsAndRestsOnASeriousPenalty() {
        fixture.given(registered(), seriousPenalty("P-1", PENALTY_DAY))
                .when(blacklist("L1", "P-1"))
                .expectEvents(listedOnThePenalty("L1"));
    }

    @Test
    void aListingWithoutAPenaltyOnRecordIsRefused() {
        fixture.given(registered())
                .when(blacklist("L1", "P-404"))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void aPenaltyThatWasNotForSeriousConductCannotGroundAListing() {
        fixture.given(registered(), new PenaltyImposed(USCC, "p", "P-2", PENALTY_DAY, "台账不全", 5_000, false, false))
                .when(blacklist("L1", "P-2"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aListingDecidedBeforeItsPenaltyIsOutOfOrder() {
        fixture.given(registered(), seriousPenalty("P-1", LISTED.plusDays(1)))
                .when(blacklist("L1", "P-1"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void theSamePenaltyDecisionCannotBeRecordedTwice() {
        fixture.given(registered(), seriousPenalty("P-1", PENALTY_DAY))
                .when(new ImposePenalty(USCC, "p2", "P-1", PENALTY_DAY, "x", 1, true, false))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void listingRevokesValidStandardizationCertificatesOnly() {
        fixture.given(
                        registered(),
                        standardization("C1", "2", LocalDate.of(2022, 1, 1)),
                        new CertificationGranted(
                                USCC,
                                "C2",
                                "DUAL_PREVENTION",
                                null,
                                "SF-1",
                                "平湖市应急管理局",
                                LocalDate.of(2022, 1, 1),
                                null,
                                null,
                                null),
                        seriousPenalty("P-1", PENALTY_DAY))
                .when(blacklist("L1", "P-1"))
                .expectEvents(
                        listedOnThePenalty("L1"),
                        new CertificationRevoked(
                                USCC, "C1", "列入安全生产严重失信主体名单，撤销标准化证书", LISTED, "平应急失信〔2024〕1号", "L1", "BLACKLISTED"));
    }

    @Test
    void earlyRemovalIsRefusedTheDayBeforeTwelveMonthsAndGrantedOnThatDay() {
        fixture.given(registered(), seriousPenalty("P-1", PENALTY_DAY), listed("L1"))
                .when(new RemoveListingEarly(
                        USCC, "L1", "修复-1", LISTED.plusMonths(12).minusDays(1)))
                .expectException(ConflictException.class)
                .expectExceptionMessage(Matchers.containsString("2025-03-20"))
                .expectNoEvents();
        fixture.given(registered(), seriousPenalty("P-1", PENALTY_DAY), listed("L1"))
                .when(new RemoveListingEarly(USCC, "L1", "修复-1", LISTED.plusMonths(12)))
                .expectEvents(new ListingRemovedEarly(USCC, "L1", "修复-1", LISTED.plusMonths(12)));
    }

    @Test
    void removalOfAListingThatDoesNotExistOrEndedIsRefused() {
        fixture.given(registered())
                .when(new RemoveListingEarly(USCC, "nope", "x", LISTED))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(
                        registered(),
                        seriousPenalty("P-1", PENALTY_DAY),
                        listed("L1"),
                        new ListingRevoked(USCC, "L1", "处罚被撤销", LISTED.plusDays(10)))
                .when(new RemoveListingEarly(USCC, "L1", "x", LISTED.plusMonths(13)))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void revocationAnnulsOnce() {
        fixture.given(registered(), seriousPenalty("P-1", PENALTY_DAY), listed("L1"))
                .when(new RevokeListing(USCC, "L1", "行政复议撤销处罚", LISTED.plusDays(40)))
                .expectEvents(new ListingRevoked(USCC, "L1", "行政复议撤销处罚", LISTED.plusDays(40)));
        fixture.given(
                        registered(),
                        seriousPenalty("P-1", PENALTY_DAY),
                        listed("L1"),
                        new ListingRevoked(USCC, "L1", "x", LISTED.plusDays(40)))
                .when(new RevokeListing(USCC, "L1", "again", LISTED.plusDays(41)))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void expiryHappensOnTheExpiryDayOnceAndNotBefore() {
        LocalDate expires = LISTED.plusYears(3);
        fixture.given(registered(), seriousPenalty("P-1", PENALTY_DAY), listed("L1"))
                .when(new ExpireListing(USCC, "L1", expires.minusDays(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(registered(), seriousPenalty("P-1", PENALTY_DAY), listed("L1"))
                .when(new ExpireListing(USCC, "L1", expires))
                .expectEvents(new ListingExpired(USCC, "L1", expires));
        fixture.given(
                        registered(),
                        seriousPenalty("P-1", PENALTY_DAY),
                        listed("L1"),
                        new ListingExpired(USCC, "L1", expires))
                .when(new ExpireListing(USCC, "L1", expires.plusDays(5)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSecondListingIsARepeatEntryAndAnOldRegimeGivesItsOwnPeriod() {
        LocalDate old = LocalDate.of(2016, 6, 1);
        // a listing while another is in force: under the rule CONCURRENT both run (the default refuses it)
        EnterpriseFixtures.fixture(ProcedureRules.DEFAULT.withWhileListed(ProcedureRules.WhileListed.CONCURRENT))
                .given(
                        registered(),
                        seriousPenalty("P-0", old.minusDays(10)),
                        new EnterpriseBlacklisted(
                                USCC, "L0", 1, "SAWS_2015_14", "P-0", AUTHORITY, "d0", old, old.plusYears(1), false),
                        seriousPenalty("P-1", old.plusDays(20)))
                .when(new BlacklistEnterprise(USCC, "L1", 9, null, "P-1", AUTHORITY, "d1", old.plusDays(30)))
                .expectEvents(new EnterpriseBlacklisted(
                        USCC,
                        "L1",
                        9,
                        "SAWS_2015_14",
                        "P-1",
                        AUTHORITY,
                        "d1",
                        old.plusDays(30),
                        old.plusDays(30).plusYears(3),
                        true,
                        List.of("p-P-1"),
                        null));
    }
}

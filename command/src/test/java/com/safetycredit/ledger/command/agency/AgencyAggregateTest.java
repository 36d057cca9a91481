package com.safetycredit.ledger.command.agency;

import com.safetycredit.ledger.contracts.commands.agency.BlacklistAgency;
import com.safetycredit.ledger.contracts.commands.agency.ExpireAgencyListing;
import com.safetycredit.ledger.contracts.commands.agency.RecordAgencyService;
import com.safetycredit.ledger.contracts.commands.agency.RecordQualityCheck;
import com.safetycredit.ledger.contracts.commands.agency.RegisterAgency;
import com.safetycredit.ledger.contracts.events.agency.AgencyBlacklisted;
import com.safetycredit.ledger.contracts.events.agency.AgencyListingExpired;
import com.safetycredit.ledger.contracts.events.agency.AgencyPenaltyImposed;
import com.safetycredit.ledger.contracts.events.agency.AgencyQualityChecked;
import com.safetycredit.ledger.contracts.events.agency.AgencyRegistered;
import com.safetycredit.ledger.contracts.events.agency.AgencyServiceRecorded;
import com.safetycredit.ledger.contracts.problems.ConflictException;
import com.safetycredit.ledger.contracts.problems.InvalidInputException;
import com.safetycredit.ledger.contracts.problems.NotFoundException;
import com.safetycredit.ledger.contracts.values.SubjectIds;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RULES.md §13 through the agency's aggregate: services it is registered for, listings on its own grounds. */
class AgencyAggregateTest {

    private static final String USCC = "91330482MA2A00010X";
    private static final String ID = SubjectIds.agency(USCC);
    private static final AgencyRegistered REGISTERED = new AgencyRegistered(
            USCC,
            "平湖市示例安全评价有限公司",
            List.of("SAFETY_ASSESSMENT"),
            "APJ-1",
            null,
            "330482",
            null,
            LocalDate.of(2024, 1, 2));
    private static final AgencyPenaltyImposed FALSE_REPORT = new AgencyPenaltyImposed(
            USCC, "pen-1", "罚1", LocalDate.of(2025, 7, 15), "出具虚假报告", 100000, true, "FALSE_REPORT");
    private static final AgencyPenaltyImposed NOT_SERIOUS =
            new AgencyPenaltyImposed(USCC, "pen-2", "罚2", LocalDate.of(2025, 7, 15), "v", 1000, false, null);

    private AggregateTestFixture<AgencyAggregate> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(AgencyAggregate.class);
    }

    private static BlacklistAgency listing(int basis, String penalty, LocalDate on) {
        return new BlacklistAgency(ID, "lst-1", basis, null, penalty, "平湖市应急管理局", "失1", on, null);
    }

    @Test
    void registrationOpensTheAgencysOwnStream() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgency(
                        ID,
                        USCC,
                        REGISTERED.name(),
                        REGISTERED.services(),
                        "APJ-1",
                        null,
                        "330482",
                        null,
                        LocalDate.of(2024, 1, 2)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(REGISTERED);
    }

    @Test
    void aServiceOfAKindNotRegisteredOrUnderAContractAlreadyRecordedIsRefused() {
        AgencyServiceRecorded first = new AgencyServiceRecorded(
                USCC, "svc-1", "91330482MA28A1B56G", "SAFETY_ASSESSMENT", "C-1", LocalDate.of(2025, 3, 1), null, null);
        fixture.given(REGISTERED)
                .when(new RecordAgencyService(
                        ID, "svc-1", "91330482MA28A1B56G", "TESTING", "C-1", LocalDate.of(2025, 3, 1), null, null))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(REGISTERED, first)
                .when(new RecordAgencyService(
                        ID,
                        "svc-2",
                        "91330482MA28A1B56G",
                        "SAFETY_ASSESSMENT",
                        "C-1",
                        LocalDate.of(2025, 4, 1),
                        null,
                        null))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aSpotCheckOfAServiceComesAfterItAndNamesOneOnRecord() {
        AgencyServiceRecorded service = new AgencyServiceRecorded(
                USCC, "svc-1", "91330482MA28A1B56G", "SAFETY_ASSESSMENT", "C-1", LocalDate.of(2025, 3, 1), null, null);
        fixture.given(REGISTERED, service)
                .when(new RecordQualityCheck(ID, "chk-1", LocalDate.of(2025, 2, 28), "FAILED", "f", "svc-1"))
                .expectException(ConflictException.class);
        fixture.given(REGISTERED, service)
                .when(new RecordQualityCheck(ID, "chk-1", LocalDate.of(2025, 3, 1), "FAILED", "f", "svc-9"))
                .expectException(NotFoundException.class);
        fixture.given(REGISTERED, service)
                .when(new RecordQualityCheck(ID, "chk-1", LocalDate.of(2025, 3, 1), "FAILED", "f", "svc-1"))
                .expectEvents(
                        new AgencyQualityChecked(USCC, "chk-1", LocalDate.of(2025, 3, 1), "FAILED", "f", "svc-1"));
    }

    @Test
    void aBasisSevenListingRestsOnASeriousPenaltyForMisconductAndRunsThreeYears() {
        fixture.given(REGISTERED, FALSE_REPORT)
                .when(listing(7, "罚1", LocalDate.of(2025, 8, 1)))
                .expectEvents(new AgencyBlacklisted(
                        USCC,
                        "lst-1",
                        7,
                        "MEM_ORDER_11_2023",
                        "罚1",
                        "平湖市应急管理局",
                        "失1",
                        LocalDate.of(2025, 8, 1),
                        LocalDate.of(2028, 8, 1),
                        List.of("pen-1"),
                        null));
    }

    @Test
    void aListingWithoutItsPenaltyOnANonSeriousOneBeforeItOrTwiceOnOneIsRefused() {
        fixture.given(REGISTERED)
                .when(listing(9, "罚1", LocalDate.of(2025, 8, 1)))
                .expectException(InvalidInputException.class);
        fixture.given(REGISTERED, NOT_SERIOUS)
                .when(listing(9, "罚2", LocalDate.of(2025, 8, 1)))
                .expectException(ConflictException.class);
        fixture.given(REGISTERED, FALSE_REPORT)
                .when(listing(9, "罚1", LocalDate.of(2025, 7, 14)))
                .expectException(ConflictException.class);
        AgencyBlacklisted listed = new AgencyBlacklisted(
                USCC,
                "lst-0",
                9,
                "MEM_ORDER_11_2023",
                "罚1",
                "a",
                "d",
                LocalDate.of(2025, 8, 1),
                LocalDate.of(2028, 8, 1),
                List.of("pen-1"),
                null);
        fixture.given(REGISTERED, FALSE_REPORT, listed)
                .when(listing(7, "罚1", LocalDate.of(2025, 8, 2)))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void theListingExpiresOnItsDayOnceOnly() {
        AgencyBlacklisted listed = new AgencyBlacklisted(
                USCC,
                "lst-1",
                7,
                "MEM_ORDER_11_2023",
                "罚1",
                "a",
                "d",
                LocalDate.of(2025, 8, 1),
                LocalDate.of(2028, 8, 1),
                List.of("pen-1"),
                null);
        fixture.given(REGISTERED, FALSE_REPORT, listed)
                .when(new ExpireAgencyListing(ID, "lst-1", LocalDate.of(2028, 7, 31)))
                .expectNoEvents();
        fixture.given(REGISTERED, FALSE_REPORT, listed)
                .when(new ExpireAgencyListing(ID, "lst-1", LocalDate.of(2028, 8, 1)))
                .expectEvents(new AgencyListingExpired(USCC, "lst-1", LocalDate.of(2028, 8, 1)));
        fixture.given(
                        REGISTERED,
                        FALSE_REPORT,
                        listed,
                        new AgencyListingExpired(USCC, "lst-1", LocalDate.of(2028, 8, 1)))
                .when(new ExpireAgencyListing(ID, "lst-1", LocalDate.of(2028, 8, 2)))
                .expectNoEvents();
    }
}

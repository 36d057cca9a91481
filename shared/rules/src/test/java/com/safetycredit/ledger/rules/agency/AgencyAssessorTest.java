package com.safetycredit.ledger.rules.agency;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.agency.AgencyBlacklisted;
import com.safetycredit.ledger.contracts.events.agency.AgencyInterviewRecorded;
import com.safetycredit.ledger.contracts.events.agency.AgencyPenaltyImposed;
import com.safetycredit.ledger.contracts.events.agency.AgencyQualityChecked;
import com.safetycredit.ledger.contracts.events.agency.AgencyRegistered;
import com.safetycredit.ledger.rules.agency.AgencyAssessor.Status;
import com.safetycredit.ledger.rules.credit.Evidence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An agency's status: BLACK while listed, WATCH for 12 calendar months after an adverse fact, NORMAL otherwise. */
class AgencyAssessorTest {

    private static final String USCC = "91330482MA2A0001XX";
    private AgencyRecord record;
    private long position;

    @BeforeEach
    void registered() {
        record = new AgencyRecord();
        with(new AgencyRegistered(
                USCC, "x", List.of("TESTING"), "Q-1", null, "330482", null, LocalDate.of(2020, 1, 2)));
    }

    private void with(Object event) {
        record.apply(event, ++position);
    }

    private Status on(String day) {
        return AgencyAssessor.assess(record, LocalDate.parse(day)).status();
    }

    @Test
    void aFailedSpotCheckWatchesForTwelveCalendarMonthsAPassedOneNot() {
        with(new AgencyQualityChecked(USCC, "c0", LocalDate.of(2024, 1, 10), "PASSED", "ok", null));
        with(new AgencyQualityChecked(USCC, "c1", LocalDate.of(2024, 2, 29), "DEFECTS", "minor", null));
        assertThat(on("2024-03-01")).isEqualTo(Status.NORMAL);
        with(new AgencyQualityChecked(USCC, "c2", LocalDate.of(2024, 2, 29), "FAILED", "bad", null));
        assertThat(on("2024-02-28")).isEqualTo(Status.NORMAL);
        assertThat(on("2024-02-29")).isEqualTo(Status.WATCH);
        assertThat(on("2025-02-28")).as("12 calendar months, 29 February").isEqualTo(Status.WATCH);
        assertThat(on("2025-03-01")).isEqualTo(Status.NORMAL);
    }

    @Test
    void interviewsNoticesAndPenaltiesWatchToo() {
        with(new AgencyInterviewRecorded(USCC, "i1", "NOTICE", LocalDate.of(2024, 5, 6), null, "r"));
        assertThat(AgencyAssessor.assess(record, LocalDate.of(2024, 5, 6)).reasons())
                .extracting(Evidence::message)
                .containsExactly("近12个月被通报批评（2024-05-06）");
        assertThat(on("2025-05-06")).isEqualTo(Status.NORMAL);
        with(new AgencyPenaltyImposed(USCC, "p1", "罚1", LocalDate.of(2025, 1, 1), "v", 1, false, null));
        assertThat(on("2025-12-31")).isEqualTo(Status.WATCH);
    }

    @Test
    void aListingIsBlackFromItsDecisionToTheDayBeforeItsExpiryThenWatchesAYear() {
        with(new AgencyPenaltyImposed(USCC, "p1", "罚1", LocalDate.of(2023, 9, 1), "v", 1, true, "FALSE_REPORT"));
        with(new AgencyBlacklisted(
                USCC,
                "l1",
                7,
                "MEM_ORDER_11_2023",
                "罚1",
                "a",
                "d",
                LocalDate.of(2023, 10, 9),
                LocalDate.of(2026, 10, 9),
                List.of("p1"),
                null));
        assertThat(on("2023-10-08")).isEqualTo(Status.WATCH);
        assertThat(on("2023-10-09")).isEqualTo(Status.BLACK);
        assertThat(on("2026-10-08")).isEqualTo(Status.BLACK);
        assertThat(on("2026-10-09")).isEqualTo(Status.WATCH);
        assertThat(on("2027-10-09")).isEqualTo(Status.NORMAL);
    }

    @Test
    void anExpiredQualificationWatches() {
        record = new AgencyRecord();
        with(new AgencyRegistered(
                USCC,
                "x",
                List.of("TESTING"),
                "Q-1",
                LocalDate.of(2025, 6, 30),
                "330482",
                null,
                LocalDate.of(2020, 1, 2)));
        assertThat(on("2025-06-30")).isEqualTo(Status.NORMAL);
        assertThat(on("2025-07-01")).isEqualTo(Status.WATCH);
    }
}

package com.safetycredit.ledger.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.safetycredit.ledger.contracts.events.enterprise.EnterpriseRegistered;
import com.safetycredit.ledger.contracts.events.listing.EnterpriseBlacklisted;
import com.safetycredit.ledger.contracts.events.listing.ListingReinstated;
import com.safetycredit.ledger.contracts.events.listing.ListingRemovedEarly;
import com.safetycredit.ledger.rules.credit.EnterpriseRecord;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A reinstated listing rechecks every policy year it touches, its remaining period included. */
class RecoveryTriggersTest {

    private static final String USCC = "91330482MA28A1B56G";

    @Test
    void aReinstatementIsATriggerForEveryYearOfTheListingItsRemainingPeriodIncluded() {
        LocalDate listed = LocalDate.of(2020, 6, 1);
        ListingRemovedEarly removed = new ListingRemovedEarly(USCC, "L1", "修-1", LocalDate.of(2021, 6, 1));
        // 730 days were left: from 2022-01-10 the listing runs until 2024-01-10
        ListingReinstated reinstated = new ListingReinstated(
                USCC, "L1", LocalDate.of(2022, 1, 10), "恢-1", "伪造", null, LocalDate.of(2024, 1, 10));
        EnterpriseRecord record = new EnterpriseRecord()
                .apply(new EnterpriseRegistered(USCC, "示例", "MANUFACTURING", "330482", null, null, listed), 1)
                .apply(
                        new EnterpriseBlacklisted(
                                USCC,
                                "L1",
                                9,
                                "MEM_ORDER_11_2023",
                                "P-1",
                                "平湖市应急管理局",
                                "失信-1",
                                listed,
                                LocalDate.of(2023, 6, 1),
                                false),
                        2)
                .apply(removed, 3)
                .apply(reinstated, 4);

        assertThat(RecoveryTriggers.triggers(reinstated)).isTrue();
        assertThat(RecoveryTriggers.years(reinstated, record)).containsExactly(2020, 2021, 2022, 2023, 2024);
        // the record: listed in 2020–2021, off the list until the reinstatement, listed again in 2022
        EnterpriseRecord.Listing listing = record.listings().get("L1");
        assertThat(listing.activeOn(LocalDate.of(2021, 5, 31))).isTrue();
        assertThat(listing.activeOn(LocalDate.of(2021, 6, 1))).isFalse();
        assertThat(listing.activeOn(LocalDate.of(2022, 1, 9))).isFalse();
        assertThat(listing.activeOn(LocalDate.of(2022, 1, 10))).isTrue();
        assertThat(listing.activeOn(LocalDate.of(2024, 1, 9))).isTrue();
        assertThat(listing.activeOn(LocalDate.of(2024, 1, 10))).isFalse();
        assertThat(listing.activeDuringYear(2022)).isTrue();
        assertThat(listing.endsOn()).isEqualTo(LocalDate.of(2024, 1, 10));
    }
}
